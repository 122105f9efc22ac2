package org.tandem.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A crashed Tandem leaves its embedded PostgreSQL running; the next start stops that
 * orphan and goes on with the data, while a second Tandem next to a live one is still
 * refused. Tandem runs in a JVM of its own so that it can be killed like a crash kills
 * it.
 */
class CrashRecoveryTests {

	private static final String ADMIN_PASSWORD = "the first admin passphrase";

	@Test
	void tandemStartsAgainAfterThreeCrashesInARowAndRefusesASecondTandemMeanwhile(@TempDir Path temp) throws Exception {
		Path dataDir = temp.resolve("data");
		Path log = temp.resolve("tandem.log");
		String admin = "admin-" + UUID.randomUUID() + "@example.org";
		List<TandemProcess> started = new ArrayList<>();
		try {
			TandemProcess tandem = TandemProcess
				.start(dataDir, log, "--tandem.admin.email=" + admin, "--tandem.admin.password=" + ADMIN_PASSWORD)
				.awaitHealthy();
			started.add(tandem);
			assertThat(tandem.canSignIn(admin, ADMIN_PASSWORD)).isTrue();

			Throwable refusal = catchThrowable(() -> RunningTandem.run(RunningTandem.arguments(dataDir)).close());
			assertThat(messages(refusal))
				.anySatisfy((message) -> assertThat(message).contains("Another Tandem (process " + tandem.pid() + ")")
					.contains(dataDir.toRealPath().toString()));
			assertThat(tandem.isHealthy()).as("the running Tandem is left alone").isTrue();

			TandemProcess current = tandem;
			for (int crash = 1; crash <= 3; crash++) {
				current.kill();
				assertThat(TandemProcess.postmaster(dataDir)).as("PostgreSQL outlives the killed Tandem").isPresent();
				current = TandemProcess.start(dataDir, log).awaitHealthy();
				started.add(current);
				assertThat(current.canSignIn(admin, ADMIN_PASSWORD)).as("signed in after crash " + crash).isTrue();
			}
			assertThat(current.output()).contains("that an earlier Tandem left running");

			current.close();
			assertThat(TandemProcess.postmaster(dataDir)).as("a clean stop stops PostgreSQL too").isEmpty();
		}
		finally {
			for (TandemProcess tandem : started) {
				tandem.kill();
			}
			TandemProcess.stopLeftoverPostmaster(dataDir);
		}
	}

	private static List<String> messages(Throwable failure) {
		List<String> messages = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.add(String.valueOf(cause.getMessage()));
		}
		return messages;
	}

}
