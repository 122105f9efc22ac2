package org.tandem.account;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's reads run without a transaction, its writes in one.
 */
class ReadsWithoutTransactionTests {

	@Test
	void readsRunDirectlyAndWritesGoThroughTheTransaction() {
		List<String> transactions = new ArrayList<>();
		TransactionOperations writes = new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				transactions.add("begin");
				return action.doInTransaction(null);
			}

		};
		ReadsWithoutTransaction operations = new ReadsWithoutTransaction(writes);

		String read = operations.execute((status) -> "read");
		assertThat(read).isEqualTo("read");
		assertThat(transactions).isEmpty();

		List<String> written = new ArrayList<>();
		operations.executeWithoutResult((status) -> written.add("write"));
		assertThat(written).containsExactly("write");
		assertThat(transactions).containsExactly("begin");
	}

}
