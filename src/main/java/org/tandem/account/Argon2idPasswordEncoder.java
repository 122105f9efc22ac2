package org.tandem.account;

import java.nio.charset.StandardCharsets;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;

import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id hashes in the PHC string format
 * ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}), computed by Password4j: the same
 * strings as Spring Security's BouncyCastle-based {@code Argon2PasswordEncoder}, so
 * hashes stored by either verify with the other, without BouncyCastle's 7 MB in the jar.
 * A hash made with less memory, fewer iterations or another variant asks to be upgraded
 * at the next sign-in.
 */
final class Argon2idPasswordEncoder extends AbstractValidatingPasswordEncoder {

	private static final String PREFIX = "$argon2";

	private final Argon2Function function;

	private final BytesKeyGenerator salts;

	Argon2idPasswordEncoder(int saltBytes, int hashBytes, int memoryKib, int iterations) {
		this.function = Argon2Function.getInstance(memoryKib, iterations, 1, hashBytes, Argon2.ID,
				Argon2Function.ARGON2_VERSION_13);
		this.salts = KeyGenerators.secureRandom(saltBytes);
	}

	@Override
	protected String encodeNonNullPassword(String rawPassword) {
		return this.function.hash(rawPassword.getBytes(StandardCharsets.UTF_8), this.salts.generateKey()).getResult();
	}

	@Override
	protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
		Argon2Function stored = parse(encodedPassword);
		return stored != null && stored.check(rawPassword, encodedPassword);
	}

	@Override
	protected boolean upgradeEncodingNonNull(String encodedPassword) {
		Argon2Function stored = parse(encodedPassword);
		return stored == null || stored.getVariant() != Argon2.ID || stored.getMemory() < this.function.getMemory()
				|| stored.getIterations() < this.function.getIterations()
				|| stored.getOutputLength() < this.function.getOutputLength();
	}

	/** The parameters of a stored hash, or null when it is not an Argon2 PHC string. */
	private static Argon2Function parse(String encoded) {
		if (!encoded.startsWith(PREFIX)) {
			return null;
		}
		try {
			return Argon2Function.getInstanceFromHash(encoded);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
