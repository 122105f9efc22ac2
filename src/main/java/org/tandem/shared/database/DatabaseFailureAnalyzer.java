package org.tandem.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unusable database into a short, actionable start-up message instead of a stack
 * trace.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnavailableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnavailableException cause) {
		String action = cause.action();
		return new FailureAnalysis(cause.getMessage(), (action != null) ? action
				: "Point TANDEM_DATA_DIR at a writable directory for the embedded database, or TANDEM_DATABASE_URL "
						+ "(with TANDEM_DATABASE_USER and TANDEM_DATABASE_PASSWORD) at a reachable PostgreSQL 14+.",
				cause);
	}

}
