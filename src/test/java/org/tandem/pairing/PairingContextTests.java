package org.tandem.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.Absences;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;
import org.tandem.cadence.DateRange;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.QueryCounter;
import org.tandem.support.QueryCounter.Counted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In a GET request the pairing's access query also reads its program and the absences for
 * its cadence, and my pairings' page reads their programs: what the request asks next is
 * answered without the database, and is exactly what a plain load finds.
 */
@IntegrationTest
class PairingContextTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	PairingAccess access;

	@Autowired
	PairingCadence cadence;

	@Autowired
	Absences absences;

	@Autowired
	Fixtures fixtures;

	Program program;

	Person mentor;

	Person mentee;

	Person stranger;

	Pairing pairing;

	LocalDate today;

	@BeforeEach
	void setUp() {
		PairingTestSupport support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings,
				this.fixtures);
		this.program = support.program();
		this.mentor = support.mentor(this.program, 1);
		this.mentee = support.mentee(this.program);
		this.stranger = support.mentor(this.program, 1);
		this.today = this.cadence.today();
		this.pairing = support.pair(this.program, this.mentor, this.mentee, this.today.minusDays(60));
		this.pairing = this.pairings.recordContact(this.pairing.id(), this.today.minusDays(10));
	}

	@AfterEach
	void endRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theAccessQueryBringsTheProgramAndTheAbsencesInTheCadenceWindowOfBothPeopleOnly() throws Exception {
		announce(this.mentor, this.today.minusDays(40), this.today.minusDays(30)); // before
																					// the
																					// anchor
		announce(this.mentor, this.today.minusDays(12), this.today.minusDays(8)); // across
																					// the
																					// anchor
		announce(this.mentee, this.today.minusDays(2), this.today.plusDays(2));
		announce(this.mentee, this.today.plusDays(3), this.today.plusDays(5)); // adjacent:
																				// merged
		announce(this.mentor, this.today.plusDays(300), this.today.plusDays(310));
		announce(this.stranger, this.today.minusDays(5), this.today.plusDays(30));
		Program plainProgram = this.programs.find(this.program.id()).orElseThrow();
		List<DateRange> plainAbsences = this.absences.forCadence(pair(), this.today.minusDays(10), this.today);
		assertThat(plainAbsences).containsExactly(new DateRange(this.today.minusDays(12), this.today.minusDays(8)),
				new DateRange(this.today.minusDays(2), this.today.plusDays(5)),
				new DateRange(this.today.plusDays(300), this.today.plusDays(310)));
		Cadence plainCadence = this.cadence.of(this.pairing, plainProgram);

		beginGet();
		this.access.visible(this.pairing.id(), as(this.mentor));
		Counted<Program> program = QueryCounter.count(() -> this.programs.find(this.program.id()).orElseThrow());
		Counted<List<DateRange>> absent = QueryCounter
			.count(() -> this.absences.forCadence(pair(), this.today.minusDays(10), this.today));

		assertThat(program.statements()).isZero();
		assertThat(program.result()).usingRecursiveComparison().isEqualTo(plainProgram);
		assertThat(absent.statements()).isZero();
		assertThat(absent.result()).isEqualTo(plainAbsences);
		Counted<Cadence> cadence = QueryCounter.count(() -> this.cadence.of(this.pairing, program.result()));
		assertThat(cadence.statements()).isZero();
		assertThat(cadence.result()).isEqualTo(plainCadence);
	}

	@Test
	void aPairingWithoutAbsencesRemembersNoneAndAnotherAnchorStillLoads() throws Exception {
		announce(this.stranger, this.today.minusDays(5), this.today.plusDays(30));
		beginGet();
		this.access.visible(this.pairing.id(), as(this.mentee));

		Counted<List<DateRange>> absent = QueryCounter
			.count(() -> this.absences.forCadence(pair(), this.today.minusDays(10), this.today));
		Counted<List<DateRange>> otherWindow = QueryCounter
			.count(() -> this.absences.forCadence(pair(), this.today.minusDays(20), this.today));

		assertThat(absent.statements()).isZero();
		assertThat(absent.result()).isEmpty();
		assertThat(otherWindow.statements()).isOne();
	}

	@Test
	void anOutsiderIsTurnedAwayAndNothingIsRememberedForThem() throws Exception {
		announce(this.mentee, this.today.minusDays(2), this.today.plusDays(2));
		beginGet();

		assertThatThrownBy(() -> this.access.visible(this.pairing.id(), as(this.stranger)))
			.isInstanceOf(NotFoundException.class);
		Counted<List<DateRange>> absent = QueryCounter
			.count(() -> this.absences.forCadence(pair(), this.today.minusDays(10), this.today));
		Counted<Program> program = QueryCounter.count(() -> this.programs.find(this.program.id()).orElseThrow());

		assertThat(absent.statements()).isOne();
		assertThat(program.statements()).isOne();
	}

	@Test
	void outsideAGetRequestEveryQuestionGoesToTheDatabase() throws Exception {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("POST", "/api/v1/pairings")));
		this.access.visible(this.pairing.id(), as(this.mentor));

		Counted<List<DateRange>> absent = QueryCounter
			.count(() -> this.absences.forCadence(pair(), this.today.minusDays(10), this.today));
		Counted<Program> program = QueryCounter.count(() -> this.programs.find(this.program.id()).orElseThrow());

		assertThat(absent.statements()).isOne();
		assertThat(program.statements()).isOne();
	}

	@Test
	void myPairingsBringTheirProgramsAndCadencesAsAPlainLoadFindsThem() throws Exception {
		Person otherMentee = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures)
			.mentee(this.program);
		this.jdbc.sql("update participant set capacity = 2 where program_id = :program and person_id = :person")
			.param("program", this.program.id().value())
			.param("person", this.mentor.id().value())
			.update();
		Pairing newer = this.pairings.start(this.program.id(), AsPrincipal.anAdministrator(),
				new NewPairing(this.mentor.id().value(), otherMentee.id().value(), this.today.minusDays(3)));
		announce(this.mentor, this.today.minusDays(12), this.today.minusDays(8));
		announce(this.mentee, this.today.minusDays(2), this.today.plusDays(2));
		announce(otherMentee, this.today.minusDays(1), this.today.plusDays(6));
		announce(this.stranger, this.today.minusDays(5), this.today.plusDays(30));
		Program plainProgram = this.programs.find(this.program.id()).orElseThrow();
		List<Pairing> plainMine = this.pairings.mine(as(this.mentor), Paging.of(null, null)).items();
		Map<PairingId, Cadence> plainCadences = this.cadence.ofAll(plainMine, Map.of(plainProgram.id(), plainProgram));
		beginGet();

		List<Pairing> mine = this.pairings.mine(as(this.mentor), Paging.of(null, null)).items();
		Counted<List<Program>> programs = QueryCounter.count(() -> this.programs.findAll(List.of(this.program.id())));
		Counted<Map<PairingId, Cadence>> cadences = QueryCounter
			.count(() -> this.cadence.ofAll(mine, Map.of(plainProgram.id(), programs.result().get(0))));

		assertThat(mine).extracting(Pairing::id).containsExactly(newer.id(), this.pairing.id());
		assertThat(programs.statements()).isZero();
		assertThat(programs.result()).singleElement().usingRecursiveComparison().isEqualTo(plainProgram);
		assertThat(cadences.statements()).isZero();
		assertThat(cadences.result()).isEqualTo(plainCadences);
		assertThat(cadences.result().get(newer.id()).state()).isEqualTo(CadenceState.PAUSED);
		assertThat(cadences.result().get(this.pairing.id()).state()).isEqualTo(CadenceState.PAUSED);
	}

	private List<UUID> pair() {
		return List.of(this.mentor.id().value(), this.mentee.id().value());
	}

	private void announce(Person person, LocalDate from, LocalDate to) {
		this.absences.announce(person.id().value(), from, to, "Away");
	}

	private static void beginGet() {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/pairings")));
	}

	private static AsPrincipal as(Person person) {
		return new AsPrincipal(person.id().value(), "someone@example.org", false);
	}

}
