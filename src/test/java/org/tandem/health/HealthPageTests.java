package org.tandem.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.PairingId;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The health page and API: who may see them, the at-risk list and its states, the nudge,
 * the k >= 5 rule for the pulse, no pair's text anywhere, and a fixed number of
 * statements whatever the program's size.
 */
@IntegrationTest
class HealthPageTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthReports reports;

	@Autowired
	Clock clock;

	@Autowired
	HealthCache cache;

	PairWorld world;

	Program program;

	HealthData data;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.today = LocalDate.now(this.clock);
		this.program = this.programs.create(PairWorld.settings("Health page", this.today.minusMonths(6)));
		this.programs.enroll(this.program.id(), this.world.committee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
		this.data = new HealthData(this.jdbc, this.program.id());
	}

	/** A pairing of two new people, named after the test's case. */
	private UUID pair(String name, LocalDate started, LocalDate firstContact, LocalDate lastContact) {
		UUID mentor = this.data.person(name + " Mentor", "Reference");
		UUID mentee = this.data.person(name + " Mentee", "Cataloguing");
		return this.data.pairing(mentor, mentee, started, firstContact, lastContact, null);
	}

	private UUID mentorOf(UUID pairing) {
		return this.jdbc.sql("select mentor_id from pairing where id = :id")
			.param("id", pairing)
			.query(UUID.class)
			.single();
	}

	@Test
	void eachPairAtRiskHasItsStatesInWordsAndPairsInGoodShapeAreNotListed() throws Exception {
		LocalDate t = this.today;
		UUID overdue = pair("Olive", t.minusDays(90), t.minusDays(60), t.minusDays(60));
		this.data.meeting(overdue, mentorOf(overdue), "HELD", "WALKING", t.minusDays(60));
		this.data.agreement(overdue, mentorOf(overdue), true, true);
		UUID late = pair("Lars", t.minusDays(20), null, null);
		UUID concern = pair("Connie", t.minusDays(5), null, null);
		this.data.concern(concern, mentorOf(concern), "ACKNOWLEDGED");
		UUID agreement = pair("Agnes", t.minusDays(40), t.minusDays(10), t.minusDays(10));
		this.data.meeting(agreement, mentorOf(agreement), "HELD", "LUNCH", t.minusDays(10));
		this.data.agreement(agreement, mentorOf(agreement), true, false);
		UUID noMeeting = pair("Nils", t.minusDays(100), t.minusDays(95), t.minusDays(5));
		this.data.meeting(noMeeting, mentorOf(noMeeting), "HELD", "PHONE", t.minusDays(95));
		this.data.meeting(noMeeting, mentorOf(noMeeting), "CANCELLED", "LUNCH", t.minusDays(5));
		this.data.agreement(noMeeting, mentorOf(noMeeting), true, true);
		UUID fine = pair("Fiona", t.minusDays(100), t.minusDays(95), t.minusDays(5));
		this.data.meeting(fine, mentorOf(fine), "HELD", "IN_PERSON", t.minusDays(5));
		this.data.agreement(fine, mentorOf(fine), true, true);
		UUID closed = this.data.pairing(this.data.person("Cleo Mentor", null), this.data.person("Cleo Mentee", null),
				t.minusDays(200), null, null, t.minusDays(1));

		ProgramHealth health = this.reports.of(this.program.id(), PairWorld.as(this.world.committee),
				HealthFilter.WHOLE_PROGRAM);
		Map<UUID, List<RiskKind>> risks = health.atRisk()
			.stream()
			.collect(Collectors.toMap((row) -> row.pairingId().value(),
					(row) -> row.risks().stream().map(Risk::kind).toList()));
		assertThat(risks).containsOnlyKeys(overdue, late, concern, agreement, noMeeting);
		assertThat(risks.get(overdue)).containsExactly(RiskKind.OVERDUE, RiskKind.NO_MEETING);
		assertThat(risks.get(late)).containsExactly(RiskKind.FIRST_CONTACT_LATE);
		assertThat(risks.get(concern)).containsExactly(RiskKind.OPEN_CONCERN);
		assertThat(risks.get(agreement)).containsExactly(RiskKind.AGREEMENT_PENDING);
		assertThat(risks.get(noMeeting)).containsExactly(RiskKind.NO_MEETING);
		assertThat(risks).doesNotContainKeys(fine, closed);

		String page = page("/programs/" + this.program.id() + "/health", this.world.committee);
		assertThat(page).contains("Olive Mentor", "Olive Mentee", "Contact overdue since")
			.contains("No first contact yet, due by")
			.contains("A concern is open")
			.contains("Agreement not yet acknowledged by the mentee")
			.contains("No meeting held in the last 42 days")
			.contains("action=\"/pairings/" + overdue + "/nudge\"")
			.doesNotContain("action=\"/pairings/" + fine + "/nudge\"")
			.doesNotContain(HealthData.SENTINEL);
		assertThat(page).contains("role=\"img\"", "<title id=\"chart-states-title\">",
				"<details class=\"chart-data\">");
	}

	@Test
	void thePulseShowsFromFiveResponsesOnly() throws Exception {
		UUID pairing = pair("Pia", this.today.minusDays(30), this.today.minusDays(25), this.today.minusDays(25));
		UUID mentor = mentorOf(pairing);
		UUID[] people = { mentor, this.data.person("Pulse one", null), this.data.person("Pulse two", null),
				this.data.person("Pulse three", null), this.data.person("Pulse four", null) };
		int[] scores = { 2, 3, 4, 5, 5 };
		for (int i = 0; i < 4; i++) {
			this.data.pulse(pairing, people[i], scores[i]);
		}
		assertThat(api("/api/v1/programs/" + this.program.id() + "/health", this.world.committee).getContentAsString())
			.contains("\"pulse\":null");
		assertThat(page("/programs/" + this.program.id() + "/health", this.world.committee))
			.contains("Not enough responses yet");

		this.data.pulse(pairing, people[4], scores[4]);
		// a pulse publishes no event: its figures show once the cached ones expire
		this.cache.invalidateAll();
		assertThat(api("/api/v1/programs/" + this.program.id() + "/health", this.world.committee).getContentAsString())
			.contains("\"pulse\":{\"responses\":5,\"average\":3.8}")
			.doesNotContain(HealthData.SENTINEL);
		assertThat(page("/programs/" + this.program.id() + "/health", this.world.committee))
			.contains("3.8 out of 5, from 5 answers")
			.doesNotContain(HealthData.SENTINEL);
	}

	@Test
	void theCommitteeNudgesAPairOnceADayWithNoReasonAndNoPairText() throws Exception {
		UUID pairing = pair("Nora", this.today.minusDays(20), null, null);
		this.data.concern(pairing, mentorOf(pairing), "OPEN");
		Cookie committee = this.world.signIn(this.world.committee);

		MvcResult first = nudged(pairing, committee);
		assertThat(first.getResponse().getStatus()).isEqualTo(302);
		assertThat(first.getResponse().getRedirectedUrl())
			.isEqualTo("/programs/" + this.program.id() + "/health#at-risk");
		assertThat((String) first.getFlashMap().values().iterator().next()).contains("The pair is nudged");
		List<Map<String, Object>> mails = mails(pairing);
		assertThat(mails).hasSize(2);
		assertThat(mails).allSatisfy((mail) -> {
			assertThat((String) mail.get("subject")).contains("is checking in");
			assertThat((String) mail.get("body_text")).contains("checking in on your mentoring with")
				.doesNotContain(HealthData.SENTINEL)
				.doesNotContainIgnoringCase("concern is open")
				.doesNotContainIgnoringCase("overdue");
		});
		assertThat(mails.stream().map((mail) -> mail.get("recipient")))
			.containsExactlyInAnyOrder(pairing + "-mentor", pairing + "-mentee")
			.isNotNull();

		MvcResult again = nudged(pairing, committee);
		assertThat(again.getResponse().getStatus()).isEqualTo(302);
		assertThat((String) again.getFlashMap().values().iterator().next()).contains("nudged today already");
		assertThat(mails(pairing)).hasSize(2);
	}

	@Test
	void participantsGet403AndOutsiders404ForThePageTheApiAndTheNudge() throws Exception {
		String page = "/programs/" + this.world.program.id() + "/health";
		String api = "/api/v1/programs/" + this.world.program.id() + "/health";
		assertThat(this.mvc.perform(get(page).cookie(this.world.signIn(this.world.mentee)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(api(api, this.world.mentor).getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get(page).cookie(this.world.signIn(this.world.stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(api(api, this.world.stranger).getStatus()).isEqualTo(404);
		UUID pairing = this.world.pairing.id().value();
		assertThat(nudge(pairing, this.world.signIn(this.world.mentee)).getStatus()).isEqualTo(403);
		assertThat(nudge(pairing, this.world.signIn(this.world.stranger)).getStatus()).isEqualTo(404);
		// the committee of another program does not see this one
		assertThat(api("/api/v1/programs/" + this.program.id() + "/health", this.world.mentor).getStatus())
			.isEqualTo(404);
		assertThat(nudge(UUID.randomUUID(), this.world.signIn(this.world.committee)).getStatus()).isEqualTo(404);
		assertThat(api(api, this.world.admin).getStatus()).isEqualTo(200);
		assertThat(mails(pairing)).isEmpty();
	}

	@Test
	void aCustomPeriodEndingBeforeItStartsIsExplainedOnThePage() throws Exception {
		String html = this.mvc
			.perform(get("/programs/" + this.program.id() + "/health").cookie(this.world.signIn(this.world.committee))
				.param("period", "CUSTOM")
				.param("from", this.today.toString())
				.param("to", this.today.minusDays(3).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Please correct the following").contains("must not be before the first day");
	}

	@Test
	void thePageWithoutFiltersShowsTheTermAndFiltersThatCannotBeReadAreExplained() throws Exception {
		Cookie committee = this.world.signIn(this.world.committee);
		String path = "/programs/" + this.program.id() + "/health";
		String plain = this.mvc.perform(get(path).cookie(committee))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(plain).contains("value=\"TERM\" selected")
			.contains("<option value=\"\">Every department</option>")
			.doesNotContain("Please correct the following");
		String badPeriod = this.mvc.perform(get(path).cookie(committee).param("period", "EVERY_FULL_MOON"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badPeriod).contains("Please correct the following").contains("has an invalid value");
		String badDay = this.mvc.perform(get(path).cookie(committee).param("period", "CUSTOM").param("from", "31.02."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(badDay).contains("has an invalid value").contains("value=\"31.02.\"");
		String longDepartment = this.mvc.perform(get(path).cookie(committee).param("department", "D".repeat(201)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(longDepartment).contains("is too long");
	}

	@Test
	void thePageAndTheApiCostTheSameStatementsFor2And20Pairings() throws Exception {
		Cookie committee = this.world.signIn(this.world.committee);
		String path = "/programs/" + this.program.id() + "/health";
		String api = "/api/v1" + path;
		this.world.token(this.world.committee);
		populate(2);
		// first calls of this session and token, whose bookkeeping is not the page's
		page(path, committee);
		api(api, this.world.committee);
		// the cost of computing the figures, not of reading them from the cache
		this.cache.invalidateAll();
		long pageFew = QueryCounter.count(() -> page(path, committee)).statements();
		this.cache.invalidateAll();
		long apiFew = QueryCounter.count(() -> api(api, this.world.committee)).statements();
		this.cache.invalidateAll();
		long filteredFew = QueryCounter.count(() -> page(path + "?period=FIRST_HALF&department=Reference", committee))
			.statements();
		populate(18);
		this.cache.invalidateAll();
		long pageMany = QueryCounter.count(() -> page(path, committee)).statements();
		this.cache.invalidateAll();
		long apiMany = QueryCounter.count(() -> api(api, this.world.committee)).statements();
		this.cache.invalidateAll();
		long filteredMany = QueryCounter.count(() -> page(path + "?period=FIRST_HALF&department=Reference", committee))
			.statements();
		assertThat(pageMany).as("statements of the page").isEqualTo(pageFew);
		assertThat(apiMany).as("statements of the API").isEqualTo(apiFew);
		assertThat(filteredMany).as("statements of the filtered page").isEqualTo(filteredFew);
		assertThat(pageMany).as("a small, fixed number").isLessThanOrEqualTo(20);
	}

	private void populate(int pairings) {
		for (int i = 0; i < pairings; i++) {
			UUID pairing = pair("Many " + i, this.today.minusDays(60 + i), this.today.minusDays(50),
					this.today.minusDays(50 - i));
			UUID mentor = mentorOf(pairing);
			this.data.meeting(pairing, mentor, "HELD", "WALKING", this.today.minusDays(50));
			this.data.meeting(pairing, mentor, "HELD", "LUNCH", this.today.minusDays(50 - i));
			this.data.goal(pairing, mentor, "ACHIEVED");
			this.data.concern(pairing, mentor, "OPEN");
			this.data.agreement(pairing, mentor, true, i % 2 == 0);
		}
	}

	private MockHttpServletResponse nudge(UUID pairing, Cookie as) throws Exception {
		return nudged(pairing, as).getResponse();
	}

	private MvcResult nudged(UUID pairing, Cookie as) throws Exception {
		return this.mvc.perform(post("/pairings/" + new PairingId(pairing) + "/nudge").cookie(as).with(csrf()))
			.andReturn();
	}

	private List<Map<String, Object>> mails(UUID pairing) {
		return this.jdbc.sql("""
				select o.subject, o.body_text,
				    case when o.recipient = mr.email then p.id || '-mentor' else p.id || '-mentee' end as recipient
				from outbox_message o join pairing p on p.id = :pairing
				join person mr on mr.id = p.mentor_id join person me on me.id = p.mentee_id
				where o.message_key like 'nudge:' || :key || ':%' and o.recipient in (mr.email, me.email)""")
			.param("pairing", pairing)
			.param("key", pairing.toString())
			.query()
			.listOfRows();
	}

	private String page(String path, Person as) throws Exception {
		return page(path, this.world.signIn(as));
	}

	private String page(String path, Cookie as) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(as)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse api(String path, Person as) throws Exception {
		return this.world.api(get(path), as, null).andReturn().getResponse();
	}

}
