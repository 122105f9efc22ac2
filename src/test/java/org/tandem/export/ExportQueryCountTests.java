package org.tandem.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.Absences;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An export costs the same number of SQL statements for 2 pairings as for 20 (and for 2
 * meetings as for 40): its rows are streamed from one query, never one query per row.
 */
@IntegrationTest
class ExportQueryCountTests {

	private static final List<String> FILES = List.of("pairings.csv", "pairings.json", "meetings.csv", "meetings.json",
			"participants.csv", "participants.json");

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Absences absences;

	PairWorld world;

	ExportCalls calls;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.calls = new ExportCalls(this.world, this.mvc);
	}

	@Test
	void everyExportCostsTheSameStatementsFor2RowsAsFor20() throws Exception {
		held(this.world.pairing);
		held(this.world.otherPairing);
		absent(this.world.mentor);
		this.calls.download(this.world.committee, "pairings.csv");
		long[] small = count();

		for (int i = 0; i < 18; i++) {
			Pairing pairing = pair(i);
			held(pairing);
			held(pairing);
		}
		long[] large = count();

		assertThat(ExportCalls.csv(this.calls.download(this.world.committee, "pairings.csv"))).hasSize(20);
		assertThat(ExportCalls.csv(this.calls.download(this.world.committee, "meetings.csv"))).hasSize(38);
		assertThat(large).as("statements per export of %s", FILES).containsExactly(small);
		assertThat(Arrays.stream(large).max().orElseThrow()).isLessThanOrEqualTo(12);
	}

	private long[] count() throws Exception {
		long[] counts = new long[FILES.size()];
		for (int i = 0; i < FILES.size(); i++) {
			String file = FILES.get(i);
			QueryCounter.Counted<MockHttpServletResponse> counted = QueryCounter
				.count(() -> this.calls.download(this.world.committee, file));
			assertThat(counted.result().getStatus()).isEqualTo(200);
			counts[i] = counted.statements();
		}
		return counts;
	}

	private Pairing pair(int i) {
		Person mentor = this.fixtures.person(PairWorld.unique("Mentor " + i));
		Person mentee = this.fixtures.person(PairWorld.unique("Mentee " + i));
		this.programs.enroll(this.world.program.id(), mentor.id().value(), Role.MENTOR, 1, Participant.Profile.empty());
		this.programs.enroll(this.world.program.id(), mentee.id().value(), Role.MENTEE, 0, Participant.Profile.empty());
		absent(mentee);
		return this.pairings.start(this.world.program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), PairWorld.today().minusDays(30)));
	}

	private void absent(Person person) {
		LocalDate from = PairWorld.today().minusDays(5);
		this.absences.announce(person.id().value(), from, from.plusDays(3), null);
	}

	/** A held meeting of the pairing, inserted as the meeting module stores one. */
	private void held(Pairing pairing) {
		Instant now = Instant.now();
		this.jdbc.sql("""
				insert into meeting (id, pairing_id, occurred_on, format, status, duration_minutes, created_by,
				    created_at, updated_at)
				values (:id, :pairing, :on, 'WALKING', 'HELD', 30, :by, :now, :now)""")
			.param("id", UUID.randomUUID())
			.param("pairing", pairing.id().value())
			.param("on", PairWorld.today().minusDays(2))
			.param("by", pairing.mentorId())
			.param("now", Timestamp.from(now))
			.update();
	}

}
