package org.tandem.shared.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.StringUtils;

/**
 * Finds the keys: {@code TANDEM_ENCRYPTION_KEY} when set; otherwise, with the embedded
 * database only, a key generated once into the data directory. With an external database
 * a generated key would live on one node's disk, apart from the data it protects and
 * different on every node, so Tandem refuses to start instead.
 */
final class KeyRingLoader {

	static final String KEY_FILE = "encryption.key";

	private static final Logger log = LoggerFactory.getLogger(KeyRingLoader.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private KeyRingLoader() {
	}

	static KeyRing load(@Nullable String key, @Nullable String oldKeys, boolean externalDatabase, Path dataDir) {
		List<EncryptionKey> old = parseOldKeys(oldKeys);
		if (StringUtils.hasText(key)) {
			return new KeyRing(EncryptionKey.parse(key, "TANDEM_ENCRYPTION_KEY"), old);
		}
		if (externalDatabase) {
			throw new EncryptionKeyException("TANDEM_ENCRYPTION_KEY must be set when Tandem uses an external database "
					+ "(TANDEM_DATABASE_URL): every node needs the same key, kept outside the database.");
		}
		return new KeyRing(fromDataDirectory(dataDir.toAbsolutePath().normalize()), old);
	}

	private static List<EncryptionKey> parseOldKeys(@Nullable String oldKeys) {
		List<EncryptionKey> keys = new ArrayList<>();
		if (!StringUtils.hasText(oldKeys)) {
			return keys;
		}
		int position = 0;
		for (String entry : oldKeys.split(",")) {
			position++;
			if (!entry.isBlank()) {
				keys.add(EncryptionKey.parse(entry, "Key " + position + " of TANDEM_ENCRYPTION_OLD_KEYS"));
			}
		}
		return keys;
	}

	private static EncryptionKey fromDataDirectory(Path dataDir) {
		Path file = dataDir.resolve(KEY_FILE);
		try {
			Files.createDirectories(dataDir);
			if (!Files.exists(file)) {
				try {
					return generate(file);
				}
				catch (FileAlreadyExistsException ex) {
					// another process generated it first: use theirs
				}
			}
			warnIfReadableByOthers(file);
			return EncryptionKey.parse(Files.readString(file, StandardCharsets.US_ASCII), "The key file " + file);
		}
		catch (IOException ex) {
			throw new EncryptionKeyException("Tandem cannot read or create its encryption key file " + file + " ("
					+ ex.getClass().getSimpleName() + "). Set TANDEM_DATA_DIR to a writable directory or set "
					+ "TANDEM_ENCRYPTION_KEY.", ex);
		}
	}

	private static EncryptionKey generate(Path file) throws IOException {
		byte[] bytes = new byte[EncryptionKey.LENGTH];
		new SecureRandom().nextBytes(bytes);
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
		}
		else {
			Files.createFile(file);
		}
		Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII,
				StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
		log.warn("Generated an encryption key in {}. Back it up with the database: without it the confidential "
				+ "text cannot be read. To run with an external database, set TANDEM_ENCRYPTION_KEY to its content.",
				file);
		return EncryptionKey.of(bytes);
	}

	private static void warnIfReadableByOthers(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")
				&& !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
			log.warn("The encryption key file {} can be read by other users; restrict it with chmod 600.", file);
		}
	}

}
