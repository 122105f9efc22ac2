package org.tandem.account;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our Password4j-based encoder against Spring Security's BouncyCastle-based one with the
 * same parameters: each verifies the other's hashes, so the two implementations check
 * each other, and hashes stored before the switch still sign in.
 */
class Argon2idPasswordEncoderTests {

	private static final String PASSWORD = "correct horse battery staple";

	private final Argon2idPasswordEncoder ours = new Argon2idPasswordEncoder(16, 32, 19 * 1024, 2);

	private final Argon2PasswordEncoder bouncyCastle = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);

	@Test
	void hashesArePhcStringsWithTheConfiguredSaltAndLength() {
		String hash = this.ours.encode(PASSWORD);
		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		String[] parts = hash.split("\\$");
		assertThat(Base64.getDecoder().decode(parts[4])).hasSize(16);
		assertThat(Base64.getDecoder().decode(parts[5])).hasSize(32);
		assertThat(this.ours.encode(PASSWORD)).as("a fresh salt each time").isNotEqualTo(hash);
	}

	@Test
	void eachImplementationVerifiesTheOthersHashes() {
		String fromBouncyCastle = this.bouncyCastle.encode(PASSWORD);
		assertThat(this.ours.matches(PASSWORD, fromBouncyCastle)).isTrue();
		assertThat(this.ours.matches(PASSWORD + "!", fromBouncyCastle)).isFalse();
		String fromUs = this.ours.encode("pässwörd ✓");
		assertThat(this.bouncyCastle.matches("pässwörd ✓", fromUs)).isTrue();
		assertThat(this.bouncyCastle.matches("passwort", fromUs)).isFalse();
		assertThat(this.ours.upgradeEncoding(fromBouncyCastle)).isFalse();
	}

	@Test
	void weakerOrOtherHashesAskForAnUpgrade() {
		assertThat(this.ours.upgradeEncoding(Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD)))
			.as("16 MiB")
			.isTrue();
		assertThat(this.ours.upgradeEncoding(new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 1).encode(PASSWORD)))
			.as("one iteration")
			.isTrue();
		assertThat(this.ours.upgradeEncoding("{bcrypt}$2a$10$abcdefghijklmnopqrstuu")).isTrue();
	}

	@Test
	void malformedHashesNeverMatchAndNeverThrow() {
		for (String bad : new String[] { "", "plain text", "$argon2id$", "$argon2id$v=19$m=x,t=2,p=1$c2FsdA$aGFzaA",
				"$argon2id$v=19$m=19456,t=2,p=1$not base64!$aGFzaA", "$argon2id$v=19$m=19456,t=2,p=1" }) {
			assertThat(this.ours.matches(PASSWORD, bad)).as(bad).isFalse();
		}
		assertThat(this.ours.matches(PASSWORD, null)).isFalse();
		assertThat(this.ours.matches("", this.ours.encode(PASSWORD))).isFalse();
	}

}
