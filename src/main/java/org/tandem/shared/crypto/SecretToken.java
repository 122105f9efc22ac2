package org.tandem.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random secret of 256 bits shown once to its owner; only its SHA-256 hash is stored. A
 * hash without a salt is enough here because the secret itself is random, not chosen by a
 * person.
 */
record SecretToken(String value, String hash) {

	private static final SecureRandom RANDOM = new SecureRandom();

	static SecretToken generate(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String value = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		return new SecretToken(value, hash(value));
	}

	static String hash(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
