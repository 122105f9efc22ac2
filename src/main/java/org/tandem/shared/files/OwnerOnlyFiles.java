package org.tandem.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for Tandem's secret files (the encryption key, the embedded database's
 * password): mode 0600, so that no other local user can read or replace them.
 */
public final class OwnerOnlyFiles {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
			PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

	private OwnerOnlyFiles() {
	}

	/**
	 * Creates {@code file} with mode 0600 from the start (never briefly readable by
	 * others) and writes {@code content} to disk before returning.
	 * @throws java.nio.file.FileAlreadyExistsException if another process created it
	 * first
	 */
	public static void create(Path file, String content) throws IOException {
		if (isPosix(file)) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
	}

	/**
	 * The file's mode as {@code ls -l} shows it (e.g. {@code rw-r--r--}) when the group
	 * or other users have any permission on it; {@code null} when only its owner has, or
	 * when the file system has no POSIX permissions.
	 */
	public static @Nullable String tooOpen(Path file) throws IOException {
		if (!isPosix(file)) {
			return null;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		for (PosixFilePermission permission : permissions) {
			if (OTHERS.contains(permission)) {
				return PosixFilePermissions.toString(permissions);
			}
		}
		return null;
	}

	private static boolean isPosix(Path file) {
		return file.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

}
