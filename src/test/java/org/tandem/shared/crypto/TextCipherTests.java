package org.tandem.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TextCipherTests {

	private static final String SECRET = "My supervisor worries me; please keep this between us.";

	private final EncryptionKey key = randomKey();

	private final TextCipher cipher = new TextCipher(new KeyRing(this.key, List.of()));

	private final CipherContext here = new CipherContext("meeting", "agenda_enc", UUID.randomUUID(), UUID.randomUUID());

	@ParameterizedTest
	@ValueSource(strings = { "", "a", SECRET, "Ünïcödé ✓ 日本語 \uD83D\uDE00", "line one\nline two\ttab",
			"v1:looks:like:a:ciphertext" })
	void decryptGivesBackWhatWasEncrypted(String plaintext) {
		String ciphertext = this.cipher.encrypt(plaintext, this.here);
		assertThat(this.cipher.decrypt(ciphertext, this.here)).isEqualTo(plaintext);
	}

	@Test
	void ciphertextCarriesVersionAndKeyIdAndHidesTheText() {
		String ciphertext = this.cipher.encrypt(SECRET, this.here);
		assertThat(ciphertext).startsWith("v2:" + this.key.id() + ":").doesNotContain("supervisor");
		assertThat(this.cipher.currentKeyId()).isEqualTo(this.key.id());
		byte[] payload = Base64.getDecoder().decode(ciphertext.substring(ciphertext.lastIndexOf(':') + 1));
		assertThat(payload).hasSize(12 + SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16);
	}

	@Test
	void theSameTextEncryptsDifferentlyEveryTimeWithAFreshIv() {
		Set<String> ciphertexts = new HashSet<>();
		Set<String> ivs = new HashSet<>();
		for (int i = 0; i < 200; i++) {
			String ciphertext = this.cipher.encrypt(SECRET, this.here);
			ciphertexts.add(ciphertext);
			byte[] payload = Base64.getDecoder().decode(ciphertext.substring(ciphertext.lastIndexOf(':') + 1));
			ivs.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(payload, 12)));
		}
		assertThat(ciphertexts).hasSize(200);
		assertThat(ivs).hasSize(200);
	}

	@Test
	void anyChangedByteIsDetected() {
		long seed = new SecureRandom().nextLong();
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < 300; i++) {
			String plaintext = "secret " + random.nextInt();
			String ciphertext = this.cipher.encrypt(plaintext, this.here);
			String prefix = ciphertext.substring(0, ciphertext.lastIndexOf(':') + 1);
			byte[] payload = Base64.getDecoder().decode(ciphertext.substring(prefix.length()));
			int position = random.nextInt(payload.length);
			payload[position] ^= (byte) (1 + random.nextInt(255));
			String tampered = prefix + Base64.getEncoder().encodeToString(payload);
			Throwable failure = catchThrowableOfType(DecryptionFailedException.class,
					() -> this.cipher.decrypt(tampered, this.here));
			assertThat(failure).as("seed %d, byte %d", seed, position).isNotNull();
			assertThat(failure.getMessage()).as("seed %d", seed).contains("changed").doesNotContain(plaintext);
		}
	}

	@Test
	void truncatedOrExtendedCiphertextIsDetected() {
		String ciphertext = this.cipher.encrypt(SECRET, this.here);
		String prefix = ciphertext.substring(0, ciphertext.lastIndexOf(':') + 1);
		byte[] payload = Base64.getDecoder().decode(ciphertext.substring(prefix.length()));
		byte[] shorter = java.util.Arrays.copyOf(payload, payload.length - 1);
		byte[] longer = java.util.Arrays.copyOf(payload, payload.length + 1);
		for (byte[] changed : List.of(shorter, longer)) {
			assertThatThrownBy(
					() -> this.cipher.decrypt(prefix + Base64.getEncoder().encodeToString(changed), this.here))
				.isInstanceOf(DecryptionFailedException.class);
		}
	}

	@Test
	void anUnknownKeyIdIsAClearErrorWithoutText() {
		TextCipher other = new TextCipher(new KeyRing(randomKey(), List.of()));
		String foreign = other.encrypt(SECRET, this.here);
		assertThatThrownBy(() -> this.cipher.decrypt(foreign, this.here)).isInstanceOf(DecryptionFailedException.class)
			.hasMessageContaining("No encryption key with id '" + other.currentKeyId() + "'")
			.hasMessageContaining("TANDEM_ENCRYPTION_OLD_KEYS")
			.hasMessageNotContaining("supervisor");
	}

	@Test
	void relabellingACiphertextWithAnotherKnownKeyIdFails() {
		EncryptionKey old = randomKey();
		TextCipher both = new TextCipher(new KeyRing(this.key, List.of(old)));
		String ciphertext = both.encrypt(SECRET, this.here);
		String relabelled = ciphertext.replace(":" + this.key.id() + ":", ":" + old.id() + ":");
		assertThatThrownBy(() -> both.decrypt(relabelled, this.here)).isInstanceOf(DecryptionFailedException.class);
	}

	@Test
	void afterARotationOldCiphertextStillDecryptsAndNewTextUsesTheNewKey() {
		EncryptionKey old = randomKey();
		String before = new TextCipher(new KeyRing(old, List.of())).encrypt(SECRET, this.here);
		TextCipher rotated = new TextCipher(new KeyRing(this.key, List.of(old)));
		assertThat(rotated.decrypt(before, this.here)).isEqualTo(SECRET);
		assertThat(rotated.encrypt(SECRET, this.here)).startsWith("v2:" + this.key.id() + ":");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "plain text", "v3:abc:AAAA", "v2:only-two", "v2:%s:not base64!", "v2:%s:AAAAAAAA",
			"v2:<script>:AAAA" })
	void malformedCiphertextIsAClearError(String template) {
		String ciphertext = template.replace("%s", this.key.id());
		assertThatThrownBy(() -> this.cipher.decrypt(ciphertext, this.here))
			.isInstanceOf(DecryptionFailedException.class)
			.hasMessageNotContaining("<script>");
	}

	@Test
	void nullableVariantsKeepNull() {
		assertThat(this.cipher.encryptNullable(null, this.here)).isNull();
		assertThat(this.cipher.decryptNullable(null, this.here)).isNull();
		assertThat(this.cipher.decryptNullable(this.cipher.encryptNullable(SECRET, this.here), this.here))
			.isEqualTo(SECRET);
	}

	@Test
	void aCiphertextDecryptsOnlyInThePlaceItWasMadeFor() {
		UUID row = UUID.randomUUID();
		UUID pairing = UUID.randomUUID();
		CipherContext made = new CipherContext("meeting", "agenda_enc", row, pairing);
		String ciphertext = this.cipher.encrypt(SECRET, made);
		assertThat(this.cipher.decrypt(ciphertext, new CipherContext("meeting", "agenda_enc", row, pairing)))
			.isEqualTo(SECRET);
		List<CipherContext> elsewhere = List.of(new CipherContext("meeting", "agenda_enc", UUID.randomUUID(), pairing),
				new CipherContext("meeting", "shared_notes_enc", row, pairing),
				new CipherContext("agreement", "agenda_enc", row, pairing),
				new CipherContext("meeting", "agenda_enc", row, UUID.randomUUID()),
				CipherContext.of("meeting", "agenda_enc", row));
		assertThat(elsewhere).allSatisfy((place) -> assertThatThrownBy(() -> this.cipher.decrypt(ciphertext, place))
			.isInstanceOf(DecryptionFailedException.class)
			.hasMessageContaining("another row")
			.hasMessageNotContaining("supervisor"));
	}

	@Test
	void aRowWithoutPairingIsBoundToHavingNone() {
		UUID row = UUID.randomUUID();
		String ciphertext = this.cipher.encrypt(SECRET, CipherContext.of("absence", "note", row));
		assertThat(this.cipher.decrypt(ciphertext, CipherContext.of("absence", "note", row))).isEqualTo(SECRET);
		assertThatThrownBy(() -> this.cipher.decrypt(ciphertext, new CipherContext("absence", "note", row, row)))
			.isInstanceOf(DecryptionFailedException.class);
	}

	@Test
	void namesThatCouldBlurThePlaceAreRefused() {
		UUID row = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(() -> CipherContext.of("meeting:agenda_enc", "x", row));
		assertThatIllegalArgumentException().isThrownBy(() -> CipherContext.of("meeting", "Agenda", row));
		assertThatIllegalArgumentException().isThrownBy(() -> CipherContext.of("", "note", row));
	}

	@Test
	void anUnboundVersionOneCiphertextIsReadOnlyByTheMigration() {
		String v1 = UnboundCiphertexts.encrypt(SECRET, this.key);
		assertThatThrownBy(() -> this.cipher.decrypt(v1, this.here)).isInstanceOf(DecryptionFailedException.class)
			.hasMessageContaining("version v2");
		assertThat(this.cipher.decryptOrWithhold(v1, this.here)).isNull();
		assertThat(this.cipher.decryptUnbound(v1)).isEqualTo(SECRET);
		String v2 = this.cipher.encrypt(SECRET, this.here);
		assertThatThrownBy(() -> this.cipher.decryptUnbound(v2)).isInstanceOf(DecryptionFailedException.class);
		assertThatThrownBy(() -> this.cipher.decryptUnbound(v1.replaceFirst("^v1:", "v2:")))
			.isInstanceOf(DecryptionFailedException.class);
	}

	@Test
	void aCopiedCiphertextIsWithheldButAnUnknownKeyIsStillAnError() {
		String ciphertext = this.cipher.encrypt(SECRET, this.here);
		CipherContext other = new CipherContext("meeting", "agenda_enc", UUID.randomUUID(), UUID.randomUUID());
		assertThat(this.cipher.decryptOrWithhold(ciphertext, this.here)).isEqualTo(SECRET);
		assertThat(this.cipher.decryptOrWithhold(ciphertext, other)).isNull();
		assertThat(this.cipher.decryptOrWithhold(null, other)).isNull();
		String foreign = new TextCipher(new KeyRing(randomKey(), List.of())).encrypt(SECRET, this.here);
		assertThatThrownBy(() -> this.cipher.decryptOrWithhold(foreign, this.here))
			.isInstanceOf(DecryptionFailedException.class)
			.hasMessageContaining("TANDEM_ENCRYPTION_OLD_KEYS");
	}

	@Test
	void theKeyIdDependsOnlyOnTheKeyAndTheKeyIsNeverPrinted() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		EncryptionKey first = EncryptionKey.of(bytes);
		assertThat(EncryptionKey.parse(Base64.getEncoder().encodeToString(bytes), "test").id()).isEqualTo(first.id());
		assertThat(first.id()).matches("[A-Za-z0-9_-]{8}");
		assertThat(first.toString()).doesNotContain(Base64.getEncoder().encodeToString(bytes));
	}

	static EncryptionKey randomKey() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return EncryptionKey.of(bytes);
	}

}
