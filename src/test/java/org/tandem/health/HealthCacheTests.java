package org.tandem.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.meeting.MeetingHeld;
import org.tandem.meeting.MeetingId;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.PairingStarted;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The health figures' cache in the running application: a second view skips the
 * aggregates, the events that change the figures refresh them (also when published in a
 * transaction), and the viewer's rights are checked on every cached view.
 */
@IntegrationTest
class HealthCacheTests {

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
	HealthCache cache;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	PairWorld world;

	Program program;

	HealthData data;

	LocalDate today;

	String path;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.today = LocalDate.now(this.clock);
		this.program = this.programs.create(PairWorld.settings("Health cache", this.today.minusMonths(6)));
		this.programs.enroll(this.program.id(), this.world.committee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
		this.data = new HealthData(this.jdbc, this.program.id());
		this.path = "/programs/" + this.program.id() + "/health";
	}

	private UUID pair(String name) {
		UUID mentor = this.data.person(name + " Mentor", "Reference");
		UUID mentee = this.data.person(name + " Mentee", "Cataloguing");
		UUID pairing = this.data.pairing(mentor, mentee, this.today.minusDays(60), this.today.minusDays(50),
				this.today.minusDays(10), null);
		this.data.meeting(pairing, mentor, "HELD", "WALKING", this.today.minusDays(10));
		return pairing;
	}

	@Test
	void aSecondViewSkipsTheAggregatesAndSaysWhenTheFiguresAreFrom() throws Exception {
		for (int i = 0; i < 5; i++) {
			pair("Cached " + i);
		}
		Cookie committee = this.world.signIn(this.world.committee);
		String api = "/api/v1" + this.path;
		this.world.token(this.world.committee);
		// first calls of this session and token, whose bookkeeping is not the page's
		page(this.path, committee);
		api(api, this.world.committee);
		this.cache.invalidateAll();

		long pageMiss = QueryCounter.count(() -> page(this.path, committee)).statements();
		long pageHit = QueryCounter.count(() -> page(this.path, committee)).statements();
		long apiMiss = QueryCounter.count(() -> api(api, this.world.committee)).statements();
		long apiHit = QueryCounter.count(() -> api(api, this.world.committee)).statements();

		// the aggregates: pairings, absences, meetings held, completion, pulse,
		// evaluations
		assertThat(pageHit).as("statements of a cached page").isLessThanOrEqualTo(pageMiss - 6);
		assertThat(apiHit).as("statements of a cached API call").isLessThanOrEqualTo(apiMiss - 5);
		assertThat(page(this.path, committee)).containsPattern("Figures as of \\d\\d:\\d\\d");
	}

	@Test
	void aFilterHasItsOwnEntry() throws Exception {
		pair("Filtered");
		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(page(this.path, committee)).contains("<dt>Pairings</dt><dd>1, of which 1 active</dd>");
		assertThat(page(this.path + "?department=Nowhere", committee))
			.contains("<dt>Pairings</dt><dd>0, of which 0 active</dd>");
		assertThat(page(this.path, committee)).contains("<dt>Pairings</dt><dd>1, of which 1 active</dd>");
	}

	@Test
	void aPairingStartedRefreshesTheProgramsFigures() throws Exception {
		pair("First");
		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(page(this.path, committee)).contains("<dt>Pairings</dt><dd>1, of which 1 active</dd>");

		UUID second = pair("Second");
		// written behind the application's back: the cached figures stay until an event
		assertThat(page(this.path, committee)).contains("<dt>Pairings</dt><dd>1, of which 1 active</dd>");
		this.events.publishEvent(new PairingStarted(new PairingId(second), this.program.id(), UUID.randomUUID(),
				UUID.randomUUID(), this.today));
		assertThat(page(this.path, committee)).contains("<dt>Pairings</dt><dd>2, of which 2 active</dd>");
	}

	@Test
	void aMeetingHeldInATransactionRefreshesTheFiguresOfItsPairingsProgramOnly() throws Exception {
		UUID pairing = pair("Meeting");
		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(page(this.path, committee)).contains("<dt>Meetings held</dt><dd>1</dd>");
		String other = "/programs/" + this.world.program.id() + "/health";
		page(other, committee);
		int entries = this.cache.size();

		new TransactionTemplate(this.transactionManager).executeWithoutResult((status) -> {
			this.data.meeting(pairing, this.world.committee.id().value(), "HELD", "LUNCH", this.today.minusDays(1));
			this.events.publishEvent(new MeetingHeld(new MeetingId(UUID.randomUUID()), new PairingId(pairing),
					UUID.randomUUID(), this.today.minusDays(1)));
			// another request, before the commit, caches the figures without the new
			// meeting
			ProgramHealth before = CompletableFuture
				.supplyAsync(() -> this.reports.of(this.program.id(), PairWorld.as(this.world.committee),
						HealthFilter.WHOLE_PROGRAM))
				.join();
			assertThat(before.meetingsHeld()).isEqualTo(1);
		});

		assertThat(this.cache.size()).as("the other program's entry stays").isEqualTo(entries - 1);
		assertThat(page(this.path, committee)).contains("<dt>Meetings held</dt><dd>2</dd>");
	}

	@Test
	void theAtRiskRowsRenderedOnceEscapeNamesAndNudgeThroughTheViewersOwnForm() throws Exception {
		UUID mentor = this.data.person("<b>Eve</b> & Co", null);
		UUID mentee = this.data.person("Mallory\"><script>x()</script>", null);
		UUID pairing = this.data.pairing(mentor, mentee, this.today.minusDays(40), null, null, null);
		String first = page(this.path, this.world.signIn(this.world.committee));
		String second = page(this.path, this.world.signIn(this.world.admin));
		for (String html : new String[] { first, second }) {
			assertThat(html).contains("&lt;b&gt;Eve&lt;/b&gt; &amp; Co")
				.doesNotContain("<b>Eve</b>")
				.doesNotContain("<script>x()")
				.contains("<button type=\"submit\" form=\"nudge-form\" formaction=\"/pairings/" + pairing + "/nudge\"")
				.containsPattern("<form id=\"nudge-form\" method=\"post\"><input type=\"hidden\" name=\"_csrf\"");
		}
		assertThat(token(first)).isNotEqualTo(token(second));
	}

	@Test
	void theSectionsRenderedOnceBelongToTheirOwnProgramFilterAndComputation() throws Exception {
		pair("Walker");
		pair("Luncher");
		Program other = this.programs.create(PairWorld.settings("Health cache, the other", this.today.minusMonths(6)));
		this.programs.enroll(other.id(), this.world.committee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
		String otherPath = "/programs/" + other.id() + "/health";
		Cookie committee = this.world.signIn(this.world.committee);
		String feedbackLink = "/feedback\">Each question's answers, counted</a>";
		for (int round = 0; round < 2; round++) {
			assertThat(page(this.path, committee)).contains("2 meetings held from").contains("id=\"nudge-form\"");
			// the other program and a department without pairs have no pair at risk, and
			// equal (empty) at-risk lists: each still shows its own sections
			assertThat(page(otherPath, committee)).contains("0 meetings held from")
				.contains("No active pair is at risk")
				.doesNotContain("id=\"nudge-form\"")
				.contains(otherPath.replace("/health", "") + feedbackLink)
				.doesNotContain(this.program.id().toString());
			assertThat(page(this.path + "?department=Nowhere", committee)).contains("0 meetings held from")
				.contains("No active pair is at risk")
				.contains(this.path.replace("/health", "") + feedbackLink)
				.doesNotContain(other.id().toString());
		}

		this.programs.update(this.program.id(), PairWorld.as(this.world.committee),
				(settings) -> new Program.Settings("Health cache, renamed", settings.description(), settings.startsOn(),
						settings.endsOn(), settings.cadenceMinDays(), settings.cadenceMaxDays(),
						settings.firstContactDays(), settings.enrollmentOpen()));
		assertThat(page(this.path, committee)).contains("<h1>Health of Health cache, renamed</h1>")
			.contains("2 meetings held from");

		UUID third = pair("Third");
		this.events.publishEvent(new PairingStarted(new PairingId(third), this.program.id(), UUID.randomUUID(),
				UUID.randomUUID(), this.today));
		assertThat(page(this.path, committee)).contains("3 meetings held from");
		assertThat(page(otherPath, committee)).contains("0 meetings held from");
	}

	private static String token(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("id=\"nudge-form\" method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	@Test
	void aCachedViewStillChecksTheViewersRights() throws Exception {
		String page = "/programs/" + this.world.program.id() + "/health";
		String api = "/api/v1" + page;
		page(page, this.world.signIn(this.world.committee));
		assertThat(api(api, this.world.committee).getStatus()).isEqualTo(200);

		assertThat(status(page, this.world.signIn(this.world.mentee))).isEqualTo(403);
		assertThat(api(api, this.world.mentor).getStatus()).isEqualTo(403);
		assertThat(status(page, this.world.signIn(this.world.stranger))).isEqualTo(404);
		assertThat(api(api, this.world.stranger).getStatus()).isEqualTo(404);
		// the committee of another program
		assertThat(
				api("/api/v1/programs/" + this.world.anotherProgram("Elsewhere").id() + "/health", this.world.committee)
					.getStatus())
			.isEqualTo(404);
	}

	private int status(String path, Cookie as) throws Exception {
		return this.mvc.perform(get(path).cookie(as)).andReturn().getResponse().getStatus();
	}

	private String page(String path, Cookie as) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(as)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private MockHttpServletResponse api(String path, org.tandem.person.Person as) throws Exception {
		return this.world.api(get(path), as, null).andReturn().getResponse();
	}

}
