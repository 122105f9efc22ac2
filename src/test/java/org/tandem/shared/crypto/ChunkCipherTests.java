package org.tandem.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Chunks open only at the place, position and last flag they were sealed for, and after a
 * key rotation with the old key among the old keys.
 */
class ChunkCipherTests {

	private static final byte[] TEXT = "A chunk of a confidential draft".getBytes(StandardCharsets.UTF_8);

	private final EncryptionKey key = randomKey();

	private final ChunkCipher cipher = new ChunkCipher(new KeyRing(this.key, List.of()));

	private final CipherContext stream = new CipherContext("document_chunk", "data", UUID.randomUUID(),
			UUID.randomUUID());

	@Test
	void aChunkOpensAtItsPlaceAndHidesItsBytes() {
		byte[] sealed = this.cipher.seal(TEXT, 0, TEXT.length, this.stream, 3, false);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("confidential");
		assertThat(this.cipher.open(sealed, this.stream, 3, false)).isEqualTo(TEXT);
		// a part of an array
		byte[] part = this.cipher.seal(TEXT, 2, 5, this.stream, 0, true);
		assertThat(this.cipher.open(part, this.stream, 0, true)).isEqualTo(java.util.Arrays.copyOfRange(TEXT, 2, 7));
		// the same bytes seal differently each time
		assertThat(this.cipher.seal(TEXT, 0, TEXT.length, this.stream, 3, false)).isNotEqualTo(sealed);
	}

	@Test
	void aChunkAtAnotherPositionInAnotherStreamOrWithAnotherLastFlagFails() {
		byte[] sealed = this.cipher.seal(TEXT, 0, TEXT.length, this.stream, 3, false);
		assertFails(() -> this.cipher.open(sealed, this.stream, 2, false));
		assertFails(() -> this.cipher.open(sealed, this.stream, 3, true));
		assertFails(() -> this.cipher.open(sealed,
				new CipherContext("document_chunk", "data", UUID.randomUUID(), this.stream.pairingId()), 3, false));
		assertFails(() -> this.cipher.open(sealed,
				new CipherContext("document_chunk", "data", this.stream.rowId(), UUID.randomUUID()), 3, false));
		byte[] changed = sealed.clone();
		changed[changed.length - 1] ^= 1;
		assertFails(() -> this.cipher.open(changed, this.stream, 3, false));
		assertFails(() -> this.cipher.open(new byte[] { 'c', 8, 1, 2 }, this.stream, 3, false));
		assertFails(() -> this.cipher.open(new byte[0], this.stream, 3, false));
	}

	@Test
	void afterARotationOldChunksOpenWithTheOldKeyAndOnlyWithIt() {
		byte[] sealed = this.cipher.seal(TEXT, 0, TEXT.length, this.stream, 0, true);
		ChunkCipher rotated = new ChunkCipher(new KeyRing(randomKey(), List.of(this.key)));
		assertThat(rotated.open(sealed, this.stream, 0, true)).isEqualTo(TEXT);
		ChunkCipher lost = new ChunkCipher(new KeyRing(randomKey(), List.of()));
		assertThatThrownBy(() -> lost.open(sealed, this.stream, 0, true))
			.isInstanceOf(TextCipher.UnknownKeyException.class);
	}

	private static void assertFails(Runnable open) {
		assertThatThrownBy(open::run).isInstanceOf(DecryptionFailedException.class);
	}

	private static EncryptionKey randomKey() {
		byte[] bytes = new byte[EncryptionKey.LENGTH];
		new SecureRandom().nextBytes(bytes);
		return EncryptionKey.of(bytes);
	}

}
