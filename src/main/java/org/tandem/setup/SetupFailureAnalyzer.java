package org.tandem.setup;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows a wrong first-administrator configuration as a short start-up message instead of
 * a stack trace.
 */
class SetupFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSetupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidSetupException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix TANDEM_ADMIN_EMAIL and TANDEM_ADMIN_PASSWORD, or unset both and open the printed setup link.",
				cause);
	}

}
