package org.tandem.account;

import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The transactions of Spring Session JDBC's repository, without the one around a read.
 * The repository reads (a session with its attributes, the sessions of a principal)
 * through {@link #execute} in one statement each, and writes (a new or changed session
 * with its attributes, a deletion) through {@link #executeWithoutResult}. A single
 * statement is atomic on its own, so the read runs in auto-commit and saves the
 * {@code COMMIT} round trip on every request (inside a caller's transaction it reads in
 * that one); every write keeps its transaction. The expired-session clean-up, a single
 * {@code DELETE}, also goes through {@link #execute}.
 */
final class ReadsWithoutTransaction implements TransactionOperations {

	private final TransactionOperations writes;

	ReadsWithoutTransaction(TransactionOperations writes) {
		this.writes = writes;
	}

	@Override
	public <T> @Nullable T execute(TransactionCallback<T> action) {
		return action.doInTransaction(new SimpleTransactionStatus(false));
	}

	@Override
	public void executeWithoutResult(Consumer<TransactionStatus> action) {
		this.writes.executeWithoutResult(action);
	}

}
