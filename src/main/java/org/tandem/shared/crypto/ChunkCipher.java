package org.tandem.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts a stream of bytes (an uploaded file) for storage as a sequence of chunks, with
 * AES-256-GCM and the same keys as {@link TextCipher}. Each chunk is sealed on its own (a
 * random 96-bit IV, a 128-bit tag) and reads
 * {@code 'c' | keyIdLength | keyId | iv | ciphertext | tag}. Its associated data binds
 * the key id, the {@link CipherContext} of the stream (table, column, the stream's row
 * and pairing), the chunk's position and whether it is the last one: a chunk moved to
 * another position or another stream, a reordering, or a stream cut short after any chunk
 * but the last fails to open.
 */
public final class ChunkCipher {

	/** The largest chunk {@link #seal} takes. */
	public static final int MAX_CHUNK = 1 << 20;

	private static final String VERSION = "c1";

	private static final byte MARKER = 'c';

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final KeyRing keys;

	private final SecureRandom random = new SecureRandom();

	ChunkCipher(KeyRing keys) {
		this.keys = keys;
	}

	/**
	 * Seals {@code length} bytes of {@code data} from {@code offset} as chunk
	 * {@code sequence} of the stream stored at {@code stream}.
	 * @param last whether no chunk follows this one
	 */
	public byte[] seal(byte[] data, int offset, int length, CipherContext stream, long sequence, boolean last) {
		if (length > MAX_CHUNK) {
			throw new IllegalArgumentException("A chunk is at most " + MAX_CHUNK + " bytes");
		}
		EncryptionKey key = this.keys.current();
		byte[] keyId = key.id().getBytes(StandardCharsets.US_ASCII);
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(associatedData(stream, key, sequence, last));
			ByteBuffer out = ByteBuffer.allocate(2 + keyId.length + IV_BYTES + cipher.getOutputSize(length));
			out.put(MARKER).put((byte) keyId.length).put(keyId).put(iv);
			cipher.doFinal(ByteBuffer.wrap(data, offset, length), out);
			return out.array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	/**
	 * Opens chunk {@code sequence} of the stream stored at {@code stream}.
	 * @param last whether the reader expects no chunk after this one
	 * @throws DecryptionFailedException if the chunk is malformed, was changed, belongs
	 * to another stream or position, or its key is unknown
	 */
	public byte[] open(byte[] sealed, CipherContext stream, long sequence, boolean last) {
		if (sealed.length < 2 || sealed[0] != MARKER) {
			throw new DecryptionFailedException("Not a Tandem chunk of version " + VERSION);
		}
		int idLength = sealed[1] & 0xff;
		int body = 2 + idLength + IV_BYTES;
		if (sealed.length < body + TAG_BITS / 8) {
			throw new DecryptionFailedException("The chunk is too short to be AES-GCM output");
		}
		String id = new String(sealed, 2, idLength, StandardCharsets.US_ASCII);
		EncryptionKey key = this.keys.find(id);
		if (key == null) {
			throw new TextCipher.UnknownKeyException("No encryption key with the id of a stored chunk is configured; "
					+ "add the key that had this id to TANDEM_ENCRYPTION_OLD_KEYS");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key.secret(),
					new GCMParameterSpec(TAG_BITS, sealed, 2 + idLength, IV_BYTES));
			cipher.updateAAD(associatedData(stream, key, sequence, last));
			return cipher.doFinal(sealed, body, sealed.length - body);
		}
		catch (AEADBadTagException ex) {
			throw new DecryptionFailedException("A chunk failed authentication with key '" + key.id()
					+ "': it was changed, moved or belongs to another stream", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new DecryptionFailedException("A chunk cannot be decrypted with key '" + key.id() + "'", ex);
		}
	}

	private static byte[] associatedData(CipherContext stream, EncryptionKey key, long sequence, boolean last) {
		byte[] place = stream.associatedData(VERSION, key.id());
		byte[] position = (":" + sequence + ":" + (last ? "last" : "more")).getBytes(StandardCharsets.US_ASCII);
		return ByteBuffer.allocate(place.length + position.length).put(place).put(position).array();
	}

}
