package org.tandem.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One AES-256 key and its id. The id is derived from the key itself, so an operator who
 * rotates keys only moves the old key into {@code TANDEM_ENCRYPTION_OLD_KEYS} and never
 * has to name it.
 */
record EncryptionKey(String id, SecretKey secret) {

	static final int LENGTH = 32;

	/**
	 * @param base64 the key as configured
	 * @param source where it came from, named in the message when it is unusable
	 */
	static EncryptionKey parse(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new EncryptionKeyException(
					source + " is not valid base64. Generate a key with: openssl rand -base64 32");
		}
		if (bytes.length != LENGTH) {
			throw new EncryptionKeyException(source + " must be the base64 of exactly " + LENGTH
					+ " bytes (AES-256), not " + bytes.length + " bytes. Generate a key with: openssl rand -base64 32");
		}
		return of(bytes);
	}

	static EncryptionKey of(byte[] bytes) {
		return new EncryptionKey(idOf(bytes), new SecretKeySpec(bytes, "AES"));
	}

	/**
	 * Eight characters of a domain-separated SHA-256 of the key: enough to tell keys
	 * apart, nothing that helps to guess one.
	 */
	private static String idOf(byte[] key) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update("tandem encryption key id\0".getBytes(StandardCharsets.US_ASCII));
			byte[] hash = digest.digest(key);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 6));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	@Override
	public String toString() {
		return "EncryptionKey[" + this.id + "]";
	}

}
