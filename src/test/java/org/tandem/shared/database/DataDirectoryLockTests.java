package org.tandem.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One live Tandem per data directory. (Another process holding the lock, and a crashed
 * one releasing it, are covered by {@code CrashRecoveryTests}.)
 */
class DataDirectoryLockTests {

	@Test
	void aSecondTandemIsRefusedUntilTheFirstHasStopped(@TempDir Path dataDir) throws Exception {
		try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) {
			assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
				.isInstanceOf(DatabaseUnavailableException.class)
				.hasMessageContaining("Another Tandem")
				.hasMessageContaining(dataDir.toRealPath().toString());
		}
		// read only now: closing any other handle on the file would release this JVM's
		// lock
		assertThat(Files.readString(dataDir.resolve(DataDirectoryLock.FILE)).strip())
			.as("the holder's process, for the message another Tandem shows")
			.isEqualTo(Long.toString(ProcessHandle.current().pid()));
		DataDirectoryLock.acquire(dataDir).close();
	}

}
