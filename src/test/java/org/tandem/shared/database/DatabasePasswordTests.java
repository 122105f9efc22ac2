package org.tandem.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database's password file: generated once, owner only, and refused when
 * others could read or change it.
 */
class DatabasePasswordTests {

	@Test
	void isGeneratedOnceOwnerOnlyAndReused(@TempDir Path dataDir) throws Exception {
		DatabasePassword first = DatabasePassword.loadOrCreate(dataDir);
		Path file = dataDir.resolve(DatabasePassword.FILE);
		assertThat(first.file()).isEqualTo(file);
		assertThat(first.value()).matches("[A-Za-z0-9_-]{43}");
		assertThat(Files.readString(file)).isEqualTo(first.value() + "\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(DatabasePassword.loadOrCreate(dataDir).value()).isEqualTo(first.value());
		assertThat(DatabasePassword.loadOrCreate(Files.createDirectory(dataDir.resolve("other"))).value())
			.isNotEqualTo(first.value());
		assertThat(first.toString()).doesNotContain(first.value());
	}

	@Test
	void aFileOthersCanReadOrChangeIsRefusedWithChmod600(@TempDir Path dataDir) throws Exception {
		Path file = DatabasePassword.loadOrCreate(dataDir).file();
		for (String mode : List.of("rw-r--r--", "rw-r-----", "rw--w----", "rw-----w-")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
			assertThatThrownBy(() -> DatabasePassword.loadOrCreate(dataDir)).as(mode)
				.isInstanceOfSatisfying(DatabaseUnavailableException.class, (refusal) -> {
					assertThat(refusal).hasMessageContaining(file.toString()).hasMessageContaining(mode);
					FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(refusal);
					assertThat(analysis.getAction()).contains("chmod 600 " + file);
				});
		}
	}

}
