package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.Absences;
import org.tandem.pairing.AsPrincipal;
import org.tandem.pairing.CadenceWords;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingTestSupport;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's overview of a program's pairings: order, filter, sort, and the pair
 * form with its errors.
 */
@IntegrationTest
class ProgramPairingsControllerTests {

	/** How the overview reads the pairings with names, and the candidates of its form. */
	private static final String PAIRINGS = "mentor.name as mentor_name";

	private static final String CANDIDATES = "rank_in_role";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Absences absences;

	@Autowired
	Fixtures fixtures;

	PairingTestSupport support;

	Program program;

	Cookie committee;

	String path;

	@BeforeEach
	void setUp() throws Exception {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		this.program = this.support.program();
		this.committee = this.support.signIn(this.support.committee(this.program));
		this.path = "/programs/" + this.program.id() + "/pairings";
	}

	/**
	 * Pairs a mentor named {@code mentorName} in a pairing whose last contact was
	 * {@code daysAgo} days ago ({@code null}: none yet).
	 */
	private Pairing pairing(String mentorName, Integer daysAgo) {
		LocalDate today = PairingTestSupport.today();
		Person mentor = this.support.member(this.program, Role.MENTOR, mentorName, 1);
		Person mentee = this.support.mentee(this.program);
		Pairing pairing = this.support.pair(this.program, mentor, mentee, today.minusDays(70));
		if (daysAgo != null) {
			this.pairings.recordContact(pairing.id(), today.minusDays(daysAgo));
		}
		return pairing;
	}

	@Test
	void theMostUrgentPairingsComeFirst() throws Exception {
		pairing("Edda OnTrack", 5);
		Pairing closed = pairing("Fritz Closed", 5);
		pairing("Bea Due", 30);
		pairing("Cleo Awaiting", null);
		pairing("Anna Overdue", 50);
		Person admin = this.support.admin();
		this.pairings.close(closed.id(), new AsPrincipal(admin.id().value(), admin.email(), true), "Ended");
		String page = this.mvc.perform(get(this.path).cookie(this.committee))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInOrder(page, "Anna Overdue", "Bea Due", "Cleo Awaiting", "Edda OnTrack", "Fritz Closed");
		assertThat(page).contains("Overdue since", "Due: get in touch by", "Waiting for the first contact");
	}

	@Test
	void theOverviewFiltersByStateAndSortsByColumn() throws Exception {
		pairing("Zed Overdue", 50);
		pairing("Yara Due", 30);
		pairing("Xavi OnTrack", 3);
		this.mvc.perform(get(this.path).param("state", "DUE").cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Yara Due"), not(containsString("Zed Overdue")),
					not(containsString("Xavi")))));
		String sorted = this.mvc.perform(get(this.path).param("sort", "mentor").cookie(this.committee))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInOrder(sorted, "Xavi OnTrack", "Yara Due", "Zed Overdue");
		String byContact = this.mvc.perform(get(this.path).param("sort", "lastContact").cookie(this.committee))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertInOrder(byContact, "Zed Overdue", "Yara Due", "Xavi OnTrack");
		this.mvc.perform(get(this.path).param("state", "NONSENSE").param("sort", "'><script>").cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Zed Overdue"), not(containsString("<script>")))));
	}

	@Test
	void anAbsenceSinceTheLastContactMovesTheDatesInTheOverview() throws Exception {
		LocalDate today = PairingTestSupport.today();
		LocalDate lastContact = today.minusDays(30);
		Person mentor = this.support.member(this.program, Role.MENTOR, "Hana Away", 1);
		Person mentee = this.support.mentee(this.program);
		Pairing pairing = this.support.pair(this.program, mentor, mentee, today.minusDays(70));
		this.pairings.recordContact(pairing.id(), lastContact);
		// five days away after the last contact count; an absence before it does not
		this.absences.announce(mentee.id().value(), today.minusDays(20), today.minusDays(16), null);
		this.absences.announce(mentor.id().value(), today.minusDays(50), today.minusDays(45), null);
		pairing("Ivo Due", 30);

		this.mvc.perform(get(this.path).param("state", "DUE").cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ivo Due"), not(containsString("Hana Away")))));
		this.mvc.perform(get(this.path).param("state", "ON_TRACK").cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hana Away"), containsString(mentee.name()),
					containsString(CadenceWords.day(lastContact.plusDays(28 + 5))),
					containsString(CadenceWords.day(lastContact.plusDays(43 + 5))), not(containsString("Ivo Due")))));
	}

	@Test
	void theCommitteePairsFromTheForm() throws Exception {
		Person mentor = this.support.member(this.program, Role.MENTOR, "Mona Mentor", 1);
		Person mentee = this.support.member(this.program, Role.MENTEE, "Milo Mentee", 0);
		this.mvc.perform(get(this.path).cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Pair a mentor and a mentee"), containsString("value=\"" + mentor.id() + "\""),
							containsString("(1 of 1 place left)"), containsString("value=\"" + mentee.id() + "\""))));
		this.mvc
			.perform(post(this.path).param("mentorId", mentor.id().toString())
				.param("menteeId", mentee.id().toString())
				.param("startedOn", "")
				.cookie(this.committee)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.path));
		this.mvc.perform(get(this.path).cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(mentor.name()), containsString(mentee.name()),
					not(containsString("value=\"" + mentor.id() + "\"")),
					not(containsString("value=\"" + mentee.id() + "\"")))));
	}

	@Test
	void thePairFormShowsAnErrorForEveryRule() throws Exception {
		Person mentor = this.support.member(this.program, Role.MENTOR, "Mona Mentor", 1);
		Person mentee = this.support.member(this.program, Role.MENTEE, "Milo Mentee", 0);
		Person other = this.support.member(this.program, Role.MENTEE, "Olga Other", 0);
		expectError("", "", "", "Choose a mentor.");
		expectError("", "", "", "Choose a mentee.");
		expectError("nonsense", mentee.id().toString(), "", "mentorId: has an invalid value");
		expectError(mentor.id().toString(), mentee.id().toString(), "01/02/2026", "startedOn: has an invalid value");
		// a field that cannot be bound does not hide the rules of the others
		expectError("", mentee.id().toString(), "01/02/2026", "startedOn: has an invalid value");
		expectError("", mentee.id().toString(), "01/02/2026", "Choose a mentor.");
		expectError(mentor.id().toString(), mentee.id().toString(), PairingTestSupport.today().plusDays(1).toString(),
				"The start day must not be in the future.");
		expectError(mentor.id().toString(), mentor.id().toString(), "", "never paired with themself");
		expectError(mentee.id().toString(), other.id().toString(), "",
				"The mentor must be an active mentor of the program.");
		expectError(mentor.id().toString(), mentor.id().toString().replace('a', 'b'), "", "Choose a mentee");
		assertThat(count()).isZero();
		this.support.pair(this.program, mentor, mentee, PairingTestSupport.today());
		expectError(mentor.id().toString(), other.id().toString(), "", "capacity is full");
		Person second = this.support.member(this.program, Role.MENTOR, "Sid Second", 2);
		expectError(second.id().toString(), mentee.id().toString(), "", "already has an active pairing");
		expectError(mentor.id().toString(), mentee.id().toString(), "", "already paired");
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void mentorsAndMenteesMayNotSeeTheOverviewAndStrangersDoNotFindIt() throws Exception {
		Person mentor = this.support.member(this.program, Role.MENTOR, "Mona Mentor", 1);
		Person mentee = this.support.member(this.program, Role.MENTEE, "Milo Mentee", 0);
		for (Person member : List.of(mentor, mentee)) {
			Cookie session = this.support.signIn(member);
			assertThat(overviewReads(session, 403)).doesNotContain(PAIRINGS, CANDIDATES);
			this.mvc
				.perform(post(this.path).param("mentorId", mentor.id().toString())
					.param("menteeId", mentee.id().toString())
					.cookie(session)
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
		Cookie stranger = this.support.signIn(this.support.person("Sam Stranger"));
		assertThat(overviewReads(stranger, 404)).doesNotContain(PAIRINGS, CANDIDATES);
		this.mvc
			.perform(post(this.path).param("mentorId", mentor.id().toString())
				.param("menteeId", mentee.id().toString())
				.cookie(stranger)
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/programs/not-an-id/pairings").cookie(stranger)).andExpect(status().isNotFound());
		assertThat(overviewReads(this.support.signIn(this.support.admin()), 200)).contains(PAIRINGS, CANDIDATES);
		assertThat(count()).isZero();
	}

	/**
	 * The SQL the overview sent: its reads are added only after the access check, so that
	 * one who may not see it sends none of them.
	 */
	private String overviewReads(Cookie session, int status) throws Exception {
		QueryCounter.Counted<Integer> counted = QueryCounter
			.count(() -> this.mvc.perform(get(this.path).cookie(session)).andReturn().getResponse().getStatus());
		assertThat(counted.result()).isEqualTo(status);
		return String.join("\n", counted.sql());
	}

	private void expectError(String mentorId, String menteeId, String startedOn, String message) throws Exception {
		this.mvc
			.perform(post(this.path).param("mentorId", mentorId)
				.param("menteeId", menteeId)
				.param("startedOn", startedOn)
				.cookie(this.committee)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Please correct the following"), containsString(message))));
	}

	private long count() {
		return this.jdbc.sql("select count(*) from pairing where program_id = :program")
			.param("program", this.program.id().value())
			.query(Long.class)
			.single();
	}

	/**
	 * The names appear in this order in the table (the form's selects come before it).
	 */
	private static void assertInOrder(String page, String... names) {
		String table = page.substring(page.indexOf("<tbody>"));
		int previous = -1;
		for (String name : names) {
			int at = table.indexOf(name);
			assertThat(at).as(name).isGreaterThan(previous);
			previous = at;
		}
	}

}
