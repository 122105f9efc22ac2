package org.tandem.program;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program page: the committee adds people and decides on applications, others apply.
 */
@IntegrationTest
class ProgramPageTests {

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
	void committeeAddsAMentorByEmail() throws Exception {
		Program program = this.support.program(false);
		Cookie committee = this.support.signIn(this.support.member(program, Role.COMMITTEE, "Cal Committee"));
		Person mentor = this.fixtures.person("Moe Mentor");
		this.mvc
			.perform(add(committee, program, mentor.email().toUpperCase(), "MENTOR", "3")
				.param("expertise", "maps, archives")
				.param("meetingFormats", "WALKING", "VIDEO"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/programs/" + program.id()))
			.andExpect(flash().attribute("flash", "Moe Mentor was added as mentor."));
		Participant added = this.programs.participationsOf(mentor.id().value()).get(0);
		assertThat(added.role()).isEqualTo(Role.MENTOR);
		assertThat(added.capacity()).isEqualTo(3);
		assertThat(added.profile().expertise()).containsExactly("maps", "archives");
		assertThat(added.profile().meetingFormats()).containsExactly("WALKING", "VIDEO");
		this.mvc.perform(get("/programs/" + program.id()).cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Moe Mentor"), containsString(mentor.email()), containsString("(2 in all)"),
							containsString("Committee: <span class=\"status-active\">Active</span>"),
							containsString("Mentor"), not(containsString("value=\"COMMITTEE\"")),
							containsString("href=\"/programs/" + program.id() + "/pairings\""),
							containsString("href=\"/programs/" + program.id() + "/health\""),
							containsString("href=\"/programs/" + program.id() + "/concerns\""),
							containsString("href=\"/programs/" + program.id() + "/feedback\""),
							containsString("href=\"/programs/" + program.id() + "/evaluation-questions\""),
							containsString("href=\"/programs/" + program.id() + "/exports\""))));
	}

	@Test
	void addFormShowsErrorsAndAddsNobody() throws Exception {
		Program program = this.support.program(false);
		Cookie admin = this.support.signIn(this.fixtures.admin("Ana Admin"));
		Person person = this.fixtures.person("Pia Person");
		this.mvc.perform(add(admin, program, "nobody-" + person.email(), "MENTOR", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Email is not the email of a known person")));
		this.mvc.perform(add(admin, program, person.email(), "MENTOR", "51"))
			.andExpect(content().string(containsString("Capacity must be between 0 and 50")));
		this.mvc.perform(add(admin, program, person.email(), "MENTOR", "many"))
			.andExpect(content().string(containsString("Capacity has an invalid value")))
			.andExpect(content().string(containsString("value=\"many\"")));
		this.mvc.perform(add(admin, program, person.email(), "CHAIR", "1"))
			.andExpect(content().string(containsString("Role has an invalid value")));
		this.mvc.perform(add(admin, program, person.email(), "MENTEE", "").param("meetingFormats", "TELEGRAM"))
			.andExpect(content().string(containsString("Meeting formats must contain only IN_PERSON")));
		this.mvc.perform(add(admin, program, "", "MENTEE", ""))
			.andExpect(content().string(containsString("Email must not be blank")));
		assertThat(this.programs.participationsOf(person.id().value())).isEmpty();
	}

	@Test
	void addingTheSamePersonTwiceIsAFormError() throws Exception {
		Program program = this.support.program(false);
		Cookie admin = this.support.signIn(this.fixtures.admin("Ady Admin"));
		Person mentee = this.support.member(program, Role.MENTEE, "Dot Double");
		this.mvc.perform(add(admin, program, mentee.email(), "MENTEE", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This person already has this role in the program.")));
	}

	@Test
	void onlyAdministratorsAppointTheCommitteeThroughTheForm() throws Exception {
		Program program = this.support.program(false);
		Cookie committee = this.support.signIn(this.support.member(program, Role.COMMITTEE, "Cid Committee"));
		Person candidate = this.fixtures.person("Cole Candidate");
		this.mvc.perform(add(committee, program, candidate.email(), "COMMITTEE", "")).andExpect(status().isForbidden());
		assertThat(this.programs.participationsOf(candidate.id().value())).isEmpty();
		Cookie admin = this.support.signIn(this.fixtures.admin("Ann Admin"));
		this.mvc.perform(get("/programs/" + program.id()).cookie(admin))
			.andExpect(content().string(containsString("value=\"COMMITTEE\"")));
		this.mvc.perform(add(admin, program, candidate.email(), "COMMITTEE", ""))
			.andExpect(redirectedUrl("/programs/" + program.id()));
		assertThat(this.programs.participationsOf(candidate.id().value())).extracting(Participant::role)
			.containsExactly(Role.COMMITTEE);
	}

	@Test
	void menteesAndOutsidersCannotAddPeople() throws Exception {
		Program program = this.support.program(true);
		Cookie mentee = this.support.signIn(this.support.member(program, Role.MENTEE, "Meg Mentee"));
		Program closed = this.support.program(false);
		Cookie outsider = this.support.signIn(this.fixtures.person("Olga Outsider"));
		Person someone = this.fixtures.person("Sid Someone");
		this.mvc.perform(add(mentee, program, someone.email(), "MENTEE", "")).andExpect(status().isForbidden());
		this.mvc.perform(add(outsider, closed, someone.email(), "MENTEE", "")).andExpect(status().isNotFound());
		this.mvc.perform(get("/programs/" + program.id()).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Your participation"), containsString("Mentee"),
					not(containsString("Add participant")), not(containsString("Apply as mentor")),
					not(containsString("/programs/" + program.id() + "/pairings")),
					not(containsString("/programs/" + program.id() + "/health")),
					not(containsString("/programs/" + program.id() + "/exports")),
					not(containsString("/programs/" + program.id() + "/feedback")))));
		assertThat(this.programs.participationsOf(someone.id().value())).isEmpty();
	}

	@Test
	void personAppliesAndTheCommitteeApprovesWithHtmx() throws Exception {
		Program program = this.support.program(true);
		Person applicant = this.fixtures.person("Ivo Applicant");
		Cookie session = this.support.signIn(applicant);
		this.mvc.perform(get("/programs/" + program.id()).cookie(session))
			.andExpect(content().string(containsString("Apply as mentor or mentee")));
		this.mvc
			.perform(post("/programs/" + program.id() + "/applications").cookie(session)
				.with(csrf())
				.param("role", "MENTEE")
				.param("interests", "leadership")
				.param("goals", "Learn the ropes"))
			.andExpect(redirectedUrl("/programs/" + program.id()));
		Participant application = this.programs.participationsOf(applicant.id().value()).get(0);
		assertThat(application.status()).isEqualTo(ParticipantStatus.APPLIED);
		this.mvc.perform(get("/programs/" + program.id()).cookie(session))
			.andExpect(content().string(allOf(containsString("Applied"), not(containsString("Send my application")))));
		Cookie committee = this.support.signIn(this.support.member(program, Role.COMMITTEE, "Cy Committee"));
		String approve = "/programs/" + program.id() + "/participants/" + application.id() + "/approve";
		this.mvc.perform(get("/programs/" + program.id()).cookie(committee))
			.andExpect(
					content().string(allOf(containsString("Ivo Applicant"), containsString("hx-post=\"" + approve))));
		this.mvc.perform(post(approve).cookie(committee).with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<tr id=\"participant-" + application.id()),
					containsString("Active"), not(containsString("/approve")))));
		assertThat(this.programs.participationsOf(applicant.id().value()).get(0).status())
			.isEqualTo(ParticipantStatus.ACTIVE);
	}

	@Test
	void committeeDeclinesWithoutJavaScript() throws Exception {
		Program program = this.support.program(true);
		Person applicant = this.fixtures.person("Dex Declined");
		Cookie session = this.support.signIn(applicant);
		this.mvc.perform(post("/programs/" + program.id() + "/applications").cookie(session)
			.with(csrf())
			.param("role", "MENTOR")
			.param("capacity", "2"));
		Participant application = this.programs.participationsOf(applicant.id().value()).get(0);
		Cookie admin = this.support.signIn(this.fixtures.admin("Ayo Admin"));
		String decline = "/programs/" + program.id() + "/participants/" + application.id() + "/decline";
		this.mvc.perform(post(decline).cookie(admin).with(csrf()))
			.andExpect(redirectedUrl("/programs/" + program.id()))
			.andExpect(flash().attribute("flash", "The application was declined."));
		assertThat(this.programs.participationsOf(applicant.id().value()).get(0).status())
			.isEqualTo(ParticipantStatus.DECLINED);
		this.mvc.perform(post(decline).cookie(admin).with(csrf()))
			.andExpect(flash().attribute("flash", "This application had already been decided."));
		this.mvc.perform(post(decline).cookie(session).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void applicationFormShowsErrors() throws Exception {
		Program program = this.support.program(true);
		Person person = this.fixtures.person("Eli Eager");
		Cookie session = this.support.signIn(person);
		this.mvc
			.perform(post("/programs/" + program.id() + "/applications").cookie(session)
				.with(csrf())
				.param("role", "COMMITTEE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be MENTOR or MENTEE")));
		this.mvc
			.perform(post("/programs/" + program.id() + "/applications").cookie(session)
				.with(csrf())
				.param("role", "MENTOR")
				.param("capacity", "70"))
			.andExpect(content().string(containsString("Capacity must be between 0 and 50")));
		assertThat(this.programs.participationsOf(person.id().value())).isEmpty();
		Program closed = this.support.program(false);
		this.mvc.perform(
				post("/programs/" + closed.id() + "/applications").cookie(session).with(csrf()).param("role", "MENTEE"))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder add(Cookie session, Program program, String email, String role,
			String capacity) {
		return post("/programs/" + program.id() + "/participants").cookie(session)
			.with(csrf())
			.param("email", email)
			.param("role", role)
			.param("capacity", capacity);
	}

}
