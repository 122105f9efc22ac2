package org.tandem.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret shown once to its owner (an API token, a one-time link, a calendar
 * feed); only its SHA-256 hash is stored. A hash without a salt is enough here because
 * the secret itself is random, not chosen by a person.
 */
public record SecretToken(String value, String hash) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * 256 random bits in URL-safe base64 after {@code prefix}.
	 */
	public static SecretToken generate(String prefix) {
		String value = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
		return new SecretToken(value, hash(value));
	}

	/**
	 * {@code bytes} random bytes in lower-case hex, for secrets that must fit a narrower
	 * alphabet (such as a calendar feed's file name).
	 */
	public static SecretToken generateHex(int bytes) {
		String value = HexFormat.of().formatHex(randomBytes(bytes));
		return new SecretToken(value, hash(value));
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * The SHA-256 of the secret in lower-case hex, as stored.
	 */
	public static String hash(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
