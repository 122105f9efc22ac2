package org.tandem.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts the pair's confidential text for storage, with AES-256-GCM from the JDK: a
 * random 96-bit IV per message and a 128-bit authentication tag. A ciphertext reads
 * {@code v1:<keyId>:<base64(iv | ciphertext | tag)>}; the version and key id are
 * authenticated too, so decryption finds the key by id after a rotation and fails on any
 * change. Features store only what {@link #encrypt} returns and never log plaintext.
 */
public final class TextCipher {

	private static final String VERSION = "v1";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final KeyRing keys;

	private final SecureRandom random = new SecureRandom();

	TextCipher(KeyRing keys) {
		this.keys = keys;
	}

	/**
	 * Encrypts with the current key; the same text gives a different ciphertext each
	 * time.
	 */
	public String encrypt(String plaintext) {
		EncryptionKey key = this.keys.current();
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(header(key.id()));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
			return VERSION + ":" + key.id() + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	/**
	 * @throws DecryptionFailedException if the text is no ciphertext of this format, was
	 * changed, or its key is unknown
	 */
	public String decrypt(String ciphertext) {
		String[] parts = ciphertext.split(":", 3);
		if (parts.length != 3 || !VERSION.equals(parts[0])) {
			throw new DecryptionFailedException("Not a Tandem ciphertext of version " + VERSION);
		}
		EncryptionKey key = this.keys.find(parts[1]);
		if (key == null) {
			throw new DecryptionFailedException("No encryption key with id '" + safeId(parts[1])
					+ "' is configured; add the key that had this id to TANDEM_ENCRYPTION_OLD_KEYS");
		}
		byte[] data = decode(parts[2]);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
			cipher.updateAAD(header(key.id()));
			return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new DecryptionFailedException(
					"The ciphertext failed authentication with key '" + key.id() + "': it was changed", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new DecryptionFailedException("The ciphertext cannot be decrypted with key '" + key.id() + "'", ex);
		}
	}

	/**
	 * {@link #encrypt} for optional columns: {@code null} stays {@code null}.
	 */
	public @Nullable String encryptNullable(@Nullable String plaintext) {
		return (plaintext != null) ? encrypt(plaintext) : null;
	}

	/**
	 * {@link #decrypt} for optional columns: {@code null} stays {@code null}.
	 */
	public @Nullable String decryptNullable(@Nullable String ciphertext) {
		return (ciphertext != null) ? decrypt(ciphertext) : null;
	}

	/**
	 * The id of the key that encrypts now, so that a re-encryption job can find the rows
	 * still under an older key.
	 */
	public String currentKeyId() {
		return this.keys.current().id();
	}

	private static byte[] header(String keyId) {
		return (VERSION + ":" + keyId).getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[] decode(String base64) {
		byte[] data;
		try {
			data = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new DecryptionFailedException("The ciphertext is not valid base64");
		}
		if (data.length < IV_BYTES + TAG_BITS / 8) {
			throw new DecryptionFailedException("The ciphertext is too short to be AES-GCM output");
		}
		return data;
	}

	/**
	 * A key id read from storage is echoed in messages only when it looks like one.
	 */
	private static String safeId(String id) {
		return id.matches("[A-Za-z0-9_-]{1,16}") ? id : "(malformed)";
	}

}
