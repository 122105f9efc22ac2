package org.tandem.meeting;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting logged at the same moment as the pairing is closed: either the meeting
 * commits before the close (and the close sees it), or it is refused with 409. Never a
 * meeting on a pairing closed before it.
 */
@IntegrationTest
class MeetingCloseRaceTests {

	private static final int ROUNDS = 12;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Meetings meetings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlatformTransactionManager transactions;

	ExecutorService pool;

	@BeforeEach
	void startPool() {
		this.pool = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stopPool() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(10, TimeUnit.SECONDS);
	}

	@Test
	void aConcurrentCloseAndMeetingNeverLeaveAMeetingAfterTheClose() throws Exception {
		int created = 0;
		int refused = 0;
		for (int round = 0; round < ROUNDS; round++) {
			MeetingTestSupport pair = new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings,
					this.fixtures, MeetingTestSupport.today().minusDays(20));
			// scheduling touches nothing of the pairing's row: only the lock orders it
			// against the close
			boolean scheduled = round % 2 == 0;
			Outcome outcome = race(pair, scheduled);
			assertThat(outcome.closeSawMeetings())
				.as("round %d: a created meeting committed before the close took the lock", round)
				.isEqualTo(outcome.meetingCreated() ? 1 : 0);
			assertThat(pair.meetingCount()).isEqualTo(outcome.meetingCreated() ? 1 : 0);
			Pairing after = this.pairings.find(pair.pairing.id()).orElseThrow();
			assertThat(after.closed()).isTrue();
			if (outcome.meetingCreated()) {
				created++;
			}
			else {
				refused++;
			}
		}
		assertThat(created + refused).isEqualTo(ROUNDS);
	}

	private Outcome race(MeetingTestSupport pair, boolean scheduled) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		MeetingTestSupport.Caller mentor = new MeetingTestSupport.Caller(pair.mentor.id().value(), pair.mentor.email(),
				false);
		MeetingTestSupport.Caller mentee = new MeetingTestSupport.Caller(pair.mentee.id().value(), pair.mentee.email(),
				false);
		LocalDate today = MeetingTestSupport.today();
		NewMeeting request = scheduled
				? new NewMeeting(null, java.time.Instant.now().plusSeconds(86_400), "WALKING", null, null, null, 45)
				: new NewMeeting(today, null, "WALKING", null, null, null, null);
		Callable<Boolean> logMeeting = () -> {
			start.await(10, TimeUnit.SECONDS);
			try {
				this.meetings.log(pair.pairing.id(), mentor, request);
				return true;
			}
			catch (ConflictException ex) {
				return false;
			}
		};
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		Callable<Long> close = () -> {
			start.await(10, TimeUnit.SECONDS);
			// inside the close's transaction, after its lock: the meetings committed so
			// far
			return transaction.execute((status) -> {
				this.pairings.close(pair.pairing.id(), mentee, "We are done.");
				return pair.meetingCount();
			});
		};
		Future<Boolean> meeting = this.pool.submit(logMeeting);
		Future<Long> closing = this.pool.submit(close);
		boolean created = meeting.get(20, TimeUnit.SECONDS);
		long seen = closing.get(20, TimeUnit.SECONDS);
		return new Outcome(created, seen);
	}

	record Outcome(boolean meetingCreated, long closeSawMeetings) {

	}

}
