package org.tandem.shared.crypto;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows an unusable encryption key configuration as a short start-up message instead of a
 * stack trace.
 */
class EncryptionKeyFailureAnalyzer extends AbstractFailureAnalyzer<EncryptionKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EncryptionKeyException cause) {
		String action = cause.action();
		if (action != null) {
			return new FailureAnalysis(cause.getMessage(), action, cause);
		}
		return new FailureAnalysis(cause.getMessage(),
				"Set TANDEM_ENCRYPTION_KEY to the base64 of 32 random bytes (openssl rand -base64 32), keep it outside "
						+ "the database, and list earlier keys, comma-separated, in TANDEM_ENCRYPTION_OLD_KEYS.",
				cause);
	}

}
