package org.tandem.program;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program list and the form that creates and changes programs.
 */
@IntegrationTest
class ProgramPagesTests {

	/** How the committee's table of participants and the featured ideas are read. */
	private static final String PARTICIPANT_PAGE = "pe.email as person_email, count(*) over () as total";

	private static final String FEATURED_IDEAS = "from idea i";

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	ProgramTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		Program program = this.support.program(true);
		for (String path : List.of("/programs", "/programs/new", "/programs/" + program.id(),
				"/programs/" + program.id() + "/edit")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/programs").param("name", "Sneaky").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void listShowsVisibleProgramsAndTheNewButtonToAdministrators() throws Exception {
		Program open = this.support.latestProgram(true);
		Program closed = this.support.program(false);
		Cookie person = this.support.signIn(this.fixtures.person("Lee Lister"));
		this.mvc.perform(get("/programs?page=0").cookie(person))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(open.name()), not(containsString(closed.name())),
					not(containsString("New program")))));
		Cookie admin = this.support.signIn(this.fixtures.admin("Lia Admin"));
		this.mvc.perform(get("/programs").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/programs/new\"")));
		this.mvc.perform(get("/programs?page=-1").cookie(admin)).andExpect(status().isBadRequest());
	}

	@Test
	void administratorCreatesAProgramThroughTheForm() throws Exception {
		Cookie admin = this.support.signIn(this.fixtures.admin("Fay Admin"));
		this.mvc.perform(get("/programs/new").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"enrollmentOpen\""), containsString("value=\"28\""),
					containsString("value=\"42\""))));
		String name = ProgramTestSupport.uniqueName("Staff mentoring");
		String location = submit(admin, post("/programs"), name, "2026-09-01", "2027-06-30", "28", "42", "7", true)
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/programs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		ProgramId id = new ProgramId(java.util.UUID.fromString(location.substring("/programs/".length())));
		Program program = this.programs.find(id).orElseThrow();
		assertThat(program.name()).isEqualTo(name);
		assertThat(program.enrollmentOpen()).isTrue();
		this.mvc.perform(get(location).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name), containsString("Add participant"))));
	}

	@Test
	void formShowsAnErrorForEveryBrokenRuleAndCreatesNothing() throws Exception {
		Cookie admin = this.support.signIn(this.fixtures.admin("Flo Admin"));
		long before = this.programs.count();
		submit(admin, post("/programs"), " ", "not a date", "2027-06-30", "x", "42", "7", false)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Name must not be blank"),
					containsString("Starts on has an invalid value"),
					containsString("Contact due after (days) has an invalid value"), containsString("value=\"x\""))));
		submit(admin, post("/programs"), "Backwards", "2027-01-01", "2026-01-01", "30", "20", "0", false)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ends on must not be before startsOn"),
					containsString("Contact overdue after (days) must be between cadenceMinDays and 365"),
					containsString("First contact within (days) must be between 1 and 90"))));
		submit(admin, post("/programs"), "Zero", "2026-01-01", "2026-06-01", "0", "400", "7", false)
			.andExpect(content().string(allOf(containsString("Contact due after (days) must be between 1 and 365"),
					containsString("Contact overdue after (days) must be between cadenceMinDays and 365"))));
		assertThat(this.programs.count()).isEqualTo(before);
	}

	@Test
	void onlyAdministratorsCreatePrograms() throws Exception {
		Program program = this.support.program(false);
		Cookie committee = this.support.signIn(this.support.member(program, Role.COMMITTEE, "Cor Committee"));
		long before = this.programs.count();
		this.mvc.perform(get("/programs/new").cookie(committee)).andExpect(status().isForbidden());
		submit(committee, post("/programs"), "Mine", "2026-09-01", "2027-06-30", "28", "42", "7", false)
			.andExpect(status().isForbidden());
		assertThat(this.programs.count()).isEqualTo(before);
	}

	@Test
	void committeeChangesTheSettings() throws Exception {
		Program program = this.support.program(false);
		Cookie committee = this.support.signIn(this.support.member(program, Role.COMMITTEE, "Cy Committee"));
		this.mvc.perform(get("/programs/" + program.id() + "/edit").cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + program.name() + "\"")));
		submit(committee, post("/programs/" + program.id() + "/edit"), "Renamed program", "2026-09-01", "2027-06-30",
				"21", "35", "5", true)
			.andExpect(redirectedUrl("/programs/" + program.id()));
		Program changed = this.programs.find(program.id()).orElseThrow();
		assertThat(changed.name()).isEqualTo("Renamed program");
		assertThat(changed.cadenceMinDays()).isEqualTo(21);
		assertThat(changed.enrollmentOpen()).isTrue();
	}

	@Test
	void invalidChangeShowsErrorsAndKeepsTheSettings() throws Exception {
		Program program = this.support.program(false);
		Cookie admin = this.support.signIn(this.fixtures.admin("Eda Admin"));
		submit(admin, post("/programs/" + program.id() + "/edit"), "Changed", "2026-09-01", "2026-01-01", "28", "42",
				"7", true)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ends on must not be before startsOn")));
		Program unchanged = this.programs.find(program.id()).orElseThrow();
		assertThat(unchanged.name()).isEqualTo(program.name());
		assertThat(unchanged.enrollmentOpen()).isFalse();
	}

	@Test
	void mentorsAndOutsidersCannotEditTheSettings() throws Exception {
		Program program = this.support.program(false);
		Cookie mentor = this.support.signIn(this.support.member(program, Role.MENTOR, "Mat Mentor"));
		Cookie outsider = this.support.signIn(this.fixtures.person("Oda Outsider"));
		this.mvc.perform(get("/programs/" + program.id() + "/edit").cookie(mentor)).andExpect(status().isForbidden());
		this.mvc.perform(get("/programs/" + program.id() + "/edit").cookie(outsider)).andExpect(status().isNotFound());
		submit(mentor, post("/programs/" + program.id() + "/edit"), "Taken over", "2026-09-01", "2027-06-30", "28",
				"42", "7", true)
			.andExpect(status().isForbidden());
		assertThat(this.programs.find(program.id()).orElseThrow().name()).isEqualTo(program.name());
	}

	@Test
	void programPageIsNotFoundForThoseWhoMayNotSeeIt() throws Exception {
		Program program = this.support.program(false);
		Cookie outsider = this.support.signIn(this.fixtures.person("Uma Outsider"));
		QueryCounter.Counted<Integer> counted = QueryCounter
			.count(() -> this.mvc.perform(get("/programs/" + program.id()).cookie(outsider))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(program.name()))))
				.andReturn()
				.getResponse()
				.getStatus());
		// the page's reads are added only after the access check: none of them was sent
		assertThat(String.join("\n", counted.sql())).doesNotContain(PARTICIPANT_PAGE, FEATURED_IDEAS);
		this.mvc.perform(get("/programs/" + java.util.UUID.randomUUID()).cookie(outsider))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/programs/not-an-id").cookie(outsider)).andExpect(status().isNotFound());
	}

	@Test
	void theProgramPageReadsOnlyWhatTheViewerMaySee() throws Exception {
		Program program = this.support.program(true);
		Cookie committee = this.support.signIn(this.support.member(program, Role.COMMITTEE, "Coco Committee"));
		Cookie mentor = this.support.signIn(this.support.member(program, Role.MENTOR, "Mio Mentor"));
		Cookie visitor = this.support.signIn(this.fixtures.person("Vic Visitor"));
		assertThat(pageReads(committee, program)).contains(PARTICIPANT_PAGE, FEATURED_IDEAS);
		assertThat(pageReads(mentor, program)).contains(FEATURED_IDEAS).doesNotContain(PARTICIPANT_PAGE);
		// sees the program while enrollment is open, but does not belong to it
		assertThat(pageReads(visitor, program)).doesNotContain(PARTICIPANT_PAGE, FEATURED_IDEAS);
	}

	/** The SQL the program page sent for this viewer. */
	private String pageReads(Cookie session, Program program) throws Exception {
		QueryCounter.Counted<Integer> counted = QueryCounter
			.count(() -> this.mvc.perform(get("/programs/" + program.id()).cookie(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getStatus());
		return String.join("\n", counted.sql());
	}

	private ResultActions submit(Cookie session, MockHttpServletRequestBuilder request, String name, String startsOn,
			String endsOn, String min, String max, String first, boolean open) throws Exception {
		request.cookie(session)
			.with(csrf())
			.param("name", name)
			.param("description", "")
			.param("startsOn", startsOn)
			.param("endsOn", endsOn)
			.param("cadenceMinDays", min)
			.param("cadenceMaxDays", max)
			.param("firstContactDays", first);
		if (open) {
			request.param("enrollmentOpen", "true");
		}
		return this.mvc.perform(request);
	}

}
