package org.tandem.shared.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells a live Tandem from a dead one: the running Tandem holds an operating-system lock
 * on {@code tandem.lock} in its data directory for its whole life. The system releases
 * the lock when the process ends, even by {@code kill -9}, so a free lock with a
 * PostgreSQL still running means that PostgreSQL was orphaned by a crash.
 */
final class DataDirectoryLock implements AutoCloseable {

	static final String FILE = "tandem.lock";

	/**
	 * Directories locked by this JVM. Checked before the file is even opened: closing any
	 * channel on a locked file releases this process's lock on it (POSIX semantics).
	 */
	private static final Set<Path> heldHere = ConcurrentHashMap.newKeySet();

	private final Path dataDir;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path dataDir, FileChannel channel, FileLock lock) {
		this.dataDir = dataDir;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @throws DatabaseUnavailableException when another Tandem, alive, uses the directory
	 */
	static DataDirectoryLock acquire(Path directory) {
		Path dataDir = realPath(directory);
		if (!heldHere.add(dataDir)) {
			throw inUse(dataDir, ProcessHandle.current().pid());
		}
		Path file = dataDir.resolve(FILE);
		try {
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw inUse(dataDir, holder(file));
			}
			channel.truncate(0);
			channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
			channel.force(true);
			return new DataDirectoryLock(dataDir, channel, lock);
		}
		catch (IOException | RuntimeException ex) {
			heldHere.remove(dataDir);
			if (ex instanceof DatabaseUnavailableException refusal) {
				throw refusal;
			}
			throw new DatabaseUnavailableException(
					"Tandem cannot lock its data directory with " + file + " (" + ex.getClass().getSimpleName() + ": "
							+ ex.getMessage() + "). Set TANDEM_DATA_DIR to a writable directory.",
					ex);
		}
	}

	private static Path realPath(Path directory) {
		try {
			return directory.toRealPath();
		}
		catch (IOException ex) {
			return directory;
		}
	}

	private static String holder(Path file) {
		try {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static DatabaseUnavailableException inUse(Path dataDir, Object pid) {
		return new DatabaseUnavailableException(
				"Another Tandem (process " + pid + ") is running on the data directory " + dataDir + ".",
				"Stop the other Tandem first, or give this one its own TANDEM_DATA_DIR.", null);
	}

	@Override
	public void close() throws IOException {
		try {
			this.lock.release();
			this.channel.close();
		}
		finally {
			heldHere.remove(this.dataDir);
		}
	}

}
