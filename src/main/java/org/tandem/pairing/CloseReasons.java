package org.tandem.pairing;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;

import org.springframework.stereotype.Component;

/**
 * The reason a pairing was closed is the pair's own words: it is stored only as
 * ciphertext bound to the pairing's row, and read back only for a page the caller may
 * see.
 */
@Component
public class CloseReasons {

	private final TextCipher cipher;

	CloseReasons(TextCipher cipher) {
		this.cipher = cipher;
	}

	String encrypt(PairingId pairing, String reason) {
		return this.cipher.encrypt(reason, place(pairing));
	}

	/**
	 * The reason, {@code null} while the pairing is active or when the stored ciphertext
	 * is not authentic for this pairing.
	 */
	public @Nullable String read(Pairing pairing) {
		return this.cipher.decryptOrWithhold(pairing.closeReasonCiphertext(), place(pairing.id()));
	}

	private static CipherContext place(PairingId pairing) {
		return new CipherContext("pairing", "close_reason_enc", pairing.value(), pairing.value());
	}

}
