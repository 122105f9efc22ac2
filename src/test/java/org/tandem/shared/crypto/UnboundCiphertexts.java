package org.tandem.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Ciphertexts of the first format, {@code v1}, as Tandem wrote them before they were
 * bound to their rows: the associated data was only {@code v1:<keyId>}. Tandem itself no
 * longer writes them.
 */
final class UnboundCiphertexts {

	private UnboundCiphertexts() {
	}

	static String encrypt(String plaintext, EncryptionKey key) {
		byte[] iv = new byte[12];
		new SecureRandom().nextBytes(iv);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(128, iv));
			cipher.updateAAD(("v1:" + key.id()).getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return "v1:" + key.id() + ":" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
