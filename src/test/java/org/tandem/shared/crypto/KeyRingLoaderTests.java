package org.tandem.shared.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.database.DatabaseProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * Where the keys come from, and the clear refusals when they cannot be used.
 */
class KeyRingLoaderTests {

	private static final String KEY = base64(32);

	private static final CipherContext PLACE = CipherContext.of("absence", "note", UUID.randomUUID());

	@Test
	void theConfiguredKeyEncryptsAndOldKeysStillDecrypt(@TempDir Path dataDir) {
		String old = base64(32);
		KeyRing ring = KeyRingLoader.load(KEY, " " + old + " ,", true, dataDir);
		assertThat(ring.current().id()).isEqualTo(EncryptionKey.parse(KEY, "test").id());
		assertThat(ring.find(EncryptionKey.parse(old, "test").id())).isNotNull();
		assertThat(ring.size()).isEqualTo(2);
		assertThat(dataDir.resolve(KeyRingLoader.KEY_FILE)).doesNotExist();
	}

	@Test
	void withTheEmbeddedDatabaseAKeyIsGeneratedOnceOwnerOnlyAndReused(@TempDir Path temp) throws Exception {
		Path dataDir = temp.resolve("not-yet-there");
		KeyRing first = KeyRingLoader.load("", "", false, dataDir);
		Path file = dataDir.resolve(KeyRingLoader.KEY_FILE);
		assertThat(file).exists();
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		KeyRing again = KeyRingLoader.load(null, null, false, dataDir);
		assertThat(again.current().id()).isEqualTo(first.current().id());
		String ciphertext = new TextCipher(first).encrypt("kept across restarts", PLACE);
		assertThat(new TextCipher(again).decrypt(ciphertext, PLACE)).isEqualTo("kept across restarts");
	}

	@Test
	void anExternalDatabaseWithoutAKeyIsRefusedNamingTheVariable(@TempDir Path dataDir) {
		assertThatThrownBy(() -> KeyRingLoader.load("", "", true, dataDir)).isInstanceOf(EncryptionKeyException.class)
			.hasMessageContaining("TANDEM_ENCRYPTION_KEY")
			.hasMessageContaining("TANDEM_DATABASE_URL");
		assertThat(dataDir.resolve(KeyRingLoader.KEY_FILE)).doesNotExist();
	}

	@Test
	void wrongLengthOrNotBase64KeysAreRefusedWithoutEchoingThem(@TempDir Path dataDir) {
		String shortKey = base64(16);
		assertThatThrownBy(() -> KeyRingLoader.load(shortKey, "", true, dataDir))
			.isInstanceOf(EncryptionKeyException.class)
			.hasMessageContaining("TANDEM_ENCRYPTION_KEY")
			.hasMessageContaining("32 bytes")
			.hasMessageContaining("not 16 bytes")
			.hasMessageNotContaining(shortKey);
		assertThatThrownBy(() -> KeyRingLoader.load("not base64 at all!", "", true, dataDir))
			.isInstanceOf(EncryptionKeyException.class)
			.hasMessageContaining("TANDEM_ENCRYPTION_KEY is not valid base64");
		assertThatThrownBy(() -> KeyRingLoader.load(KEY, base64(32) + "," + base64(31), true, dataDir))
			.isInstanceOf(EncryptionKeyException.class)
			.hasMessageContaining("Key 2 of TANDEM_ENCRYPTION_OLD_KEYS");
	}

	@Test
	void aDamagedKeyFileIsRefusedNamingTheFile(@TempDir Path dataDir) throws Exception {
		Path file = Files.writeString(dataDir.resolve(KeyRingLoader.KEY_FILE), base64(20));
		assertThatThrownBy(() -> KeyRingLoader.load("", "", false, dataDir)).isInstanceOf(EncryptionKeyException.class)
			.hasMessageContaining(file.toString());
	}

	@Test
	void aKeyFileOthersCanReadOrChangeIsRefusedWithChmod600(@TempDir Path dataDir) throws Exception {
		KeyRingLoader.load("", "", false, dataDir);
		Path file = dataDir.resolve(KeyRingLoader.KEY_FILE);
		for (String mode : List.of("rw-r--r--", "rw-rw----", "rw-----w-", "rw----r--")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
			assertThatThrownBy(() -> KeyRingLoader.load("", "", false, dataDir)).as(mode)
				.isInstanceOfSatisfying(EncryptionKeyException.class, (refusal) -> {
					assertThat(refusal).hasMessageContaining(file.toString()).hasMessageContaining(mode);
					FailureAnalysis analysis = new EncryptionKeyFailureAnalyzer().analyze(refusal);
					assertThat(analysis.getAction()).contains("chmod 600 " + file);
				});
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		assertThat(KeyRingLoader.load("", "", false, dataDir).size()).isEqualTo(1);
	}

	@Test
	void theApplicationRefusesToStartWithAnExternalDatabaseAndNoKey(@TempDir Path dataDir) {
		new ApplicationContextRunner().withUserConfiguration(CryptoConfiguration.class, Settings.class)
			.withBean(DataSource.class, () -> mock(DataSource.class))
			.withPropertyValues("tandem.base-url=http://localhost:8080",
					"tandem.database.url=jdbc:postgresql://db.example.org/tandem",
					"tandem.database.data-dir=" + dataDir, "tandem.encryption.key=")
			.run((context) -> {
				assertThat(context).hasFailed();
				Throwable failure = context.getStartupFailure();
				FailureAnalysis analysis = new EncryptionKeyFailureAnalyzer().analyze(failure);
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).contains("TANDEM_ENCRYPTION_KEY must be set");
				assertThat(analysis.getAction()).contains("openssl rand -base64 32");
			});
	}

	@Test
	void theApplicationStartsWithAConfiguredKey(@TempDir Path dataDir) {
		new ApplicationContextRunner().withUserConfiguration(CryptoConfiguration.class, Settings.class)
			.withBean(DataSource.class, () -> mock(DataSource.class))
			.withPropertyValues("tandem.base-url=http://localhost:8080",
					"tandem.database.url=jdbc:postgresql://db.example.org/tandem",
					"tandem.database.data-dir=" + dataDir, "tandem.encryption.key=" + KEY)
			.run((context) -> {
				TextCipher cipher = context.getBean(TextCipher.class);
				assertThat(cipher.decrypt(cipher.encrypt("hello", PLACE), PLACE)).isEqualTo("hello");
				assertThat(List.of(cipher.currentKeyId())).containsExactly(EncryptionKey.parse(KEY, "test").id());
			});
	}

	private static String base64(int bytes) {
		byte[] key = new byte[bytes];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The settings the cipher is made from, bound as in the application.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ TandemProperties.class, DatabaseProperties.class })
	static class Settings {

	}

}
