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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encrypts the pair's confidential text for storage, with AES-256-GCM from the JDK: a
 * random 96-bit IV per message and a 128-bit authentication tag. A ciphertext reads
 * {@code v2:<keyId>:<base64(iv | ciphertext | tag)>}. The associated data is
 * {@code v2:<keyId>:
 *
<table>
 * :<column>:<rowId>:<pairingId or ->}: the version and key id, so that decryption finds
 * the key by id after a rotation and fails on any change, and the {@link CipherContext},
 * so that a ciphertext copied into another row does not decrypt there. Features store
 * only what {@link #encrypt} returns and never log plaintext.
 */
public final class TextCipher {

	private static final Logger log = LoggerFactory.getLogger(TextCipher.class);

	private static final String VERSION = "v2";

	/**
	 * The first format, whose associated data named no row. Only the migration that
	 * rebinds such ciphertexts to their rows reads it.
	 */
	static final String UNBOUND_VERSION = "v1";

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final KeyRing keys;

	private final SecureRandom random = new SecureRandom();

	TextCipher(KeyRing keys) {
		this.keys = keys;
	}

	/**
	 * Encrypts with the current key for the given place; the same text gives a different
	 * ciphertext each time.
	 */
	public String encrypt(String plaintext, CipherContext context) {
		EncryptionKey key = this.keys.current();
		byte[] iv = new byte[IV_BYTES];
		this.random.nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(context.associatedData(VERSION, key.id()));
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
	 * changed, was encrypted for another place, or its key is unknown
	 */
	public String decrypt(String ciphertext, CipherContext context) {
		String[] parts = split(ciphertext, VERSION);
		EncryptionKey key = key(parts[1]);
		return open(key, parts[2], context.associatedData(VERSION, key.id()));
	}

	/**
	 * {@link #encrypt} for optional columns: {@code null} stays {@code null}.
	 */
	public @Nullable String encryptNullable(@Nullable String plaintext, CipherContext context) {
		return (plaintext != null) ? encrypt(plaintext, context) : null;
	}

	/**
	 * {@link #decrypt} for optional columns: {@code null} stays {@code null}.
	 */
	public @Nullable String decryptNullable(@Nullable String ciphertext, CipherContext context) {
		return (ciphertext != null) ? decrypt(ciphertext, context) : null;
	}

	/**
	 * The text to show from an optional column. A ciphertext that is not authentic for
	 * this place (changed, copied from another row, or of an unbound version) is
	 * withheld: it reads as {@code null}, with a warning naming the row, never any text.
	 * @throws DecryptionFailedException if the ciphertext's key is unknown: that is a
	 * configuration to fix, not a row to hide
	 */
	public @Nullable String decryptOrWithhold(@Nullable String ciphertext, CipherContext context) {
		if (ciphertext == null) {
			return null;
		}
		try {
			return decrypt(ciphertext, context);
		}
		catch (UnknownKeyException ex) {
			throw ex;
		}
		catch (DecryptionFailedException ex) {
			log.warn("Withheld {}.{} of row {}: {}", context.table(), context.column(), context.rowId(),
					ex.getMessage());
			return null;
		}
	}

	/**
	 * Decrypts a ciphertext of the first, unbound format, for the migration that binds it
	 * to its row. Normal reads never accept it: anyone able to write the database could
	 * swap such ciphertexts between rows.
	 */
	String decryptUnbound(String ciphertext) {
		String[] parts = split(ciphertext, UNBOUND_VERSION);
		EncryptionKey key = key(parts[1]);
		return open(key, parts[2], (UNBOUND_VERSION + ":" + key.id()).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The id of the key that encrypts now, so that a re-encryption job can find the rows
	 * still under an older key.
	 */
	public String currentKeyId() {
		return this.keys.current().id();
	}

	private static String[] split(String ciphertext, String version) {
		String[] parts = ciphertext.split(":", 3);
		if (parts.length != 3 || !version.equals(parts[0])) {
			throw new DecryptionFailedException("Not a Tandem ciphertext of version " + version);
		}
		return parts;
	}

	private EncryptionKey key(String id) {
		EncryptionKey key = this.keys.find(id);
		if (key == null) {
			throw new UnknownKeyException("No encryption key with id '" + safeId(id)
					+ "' is configured; add the key that had this id to TANDEM_ENCRYPTION_OLD_KEYS");
		}
		return key;
	}

	private static String open(EncryptionKey key, String base64, byte[] associatedData) {
		byte[] data = decode(base64);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
			cipher.updateAAD(associatedData);
			return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			throw new DecryptionFailedException("The ciphertext failed authentication with key '" + key.id()
					+ "': it was changed or belongs to another row", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new DecryptionFailedException("The ciphertext cannot be decrypted with key '" + key.id() + "'", ex);
		}
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

	/**
	 * The ciphertext names a key Tandem does not have.
	 */
	static final class UnknownKeyException extends DecryptionFailedException {

		UnknownKeyException(String message) {
			super(message);
		}

	}

}
