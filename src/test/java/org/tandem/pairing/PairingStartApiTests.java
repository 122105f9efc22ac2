package org.tandem.pairing;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code POST /api/v1/programs/{id}/pairings}: who may pair, and every rule of the input.
 */
@IntegrationTest
class PairingStartApiTests {

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

	PairingTestSupport support;

	Program program;

	Person mentor;

	Person mentee;

	String committee;

	@BeforeEach
	void setUp() throws Exception {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		this.program = this.support.program();
		this.mentor = this.support.mentor(this.program, 1);
		this.mentee = this.support.mentee(this.program);
		this.committee = this.support.token(this.support.committee(this.program));
	}

	@Test
	void committeePairsAnActiveMentorAndMenteeStartingToday() throws Exception {
		LocalDate today = PairingTestSupport.today();
		start(this.committee, body(this.mentor, this.mentee)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.programId").value(this.program.id().toString()))
			.andExpect(jsonPath("$.mentorId").value(this.mentor.id().toString()))
			.andExpect(jsonPath("$.menteeId").value(this.mentee.id().toString()))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.startedOn").value(today.toString()))
			.andExpect(jsonPath("$.cadence.state").value("AWAITING_FIRST_CONTACT"))
			.andExpect(jsonPath("$.cadence.lastContactOn").doesNotExist())
			.andExpect(jsonPath("$.cadence.dueOn").value(today.toString()))
			.andExpect(jsonPath("$.cadence.overdueOn").value(today.plusDays(8).toString()));
		assertThat(activePairings()).isEqualTo(1);
	}

	@Test
	void administratorPairsAPairThatBeganBeforeTandem() throws Exception {
		String admin = this.support.token(this.support.admin());
		LocalDate earliest = this.program.startsOn().minusYears(1);
		start(admin, body(this.mentor, this.mentee, earliest)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.startedOn").value(earliest.toString()));
	}

	@Test
	void startedOnMustBeNeitherInTheFutureNorMoreThanAYearBeforeTheTerm() throws Exception {
		LocalDate tomorrow = PairingTestSupport.today().plusDays(1);
		start(this.committee, body(this.mentor, this.mentee, tomorrow)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startedOn"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be in the future"));
		LocalDate tooEarly = this.program.startsOn().minusYears(1).minusDays(1);
		start(this.committee, body(this.mentor, this.mentee, tooEarly)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startedOn"))
			.andExpect(jsonPath("$.errors[0].message", containsString("must not be before")));
		assertThat(activePairings()).isZero();
	}

	@Test
	void unknownFieldsMissingIdsAndBadJsonAreRejected() throws Exception {
		start(this.committee, """
				{"mentorId":"%s","menteeId":"%s","status":"CLOSED"}""".formatted(this.mentor.id(), this.mentee.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		start(this.committee, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("mentorId", "menteeId")));
		start(this.committee, "{\"mentorId\":\"not-a-uuid\",\"menteeId\":\"%s\"}".formatted(this.mentee.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mentorId"));
		start(this.committee,
				"{\"mentorId\":\"%s\",\"menteeId\":\"%s\",\"startedOn\":\"yesterday\"}".formatted(this.mentor.id(),
						this.mentee.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startedOn"));
		start(this.committee, "[").andExpect(status().isBadRequest());
		assertThat(activePairings()).isZero();
	}

	@Test
	void aPersonIsNeverPairedWithThemself() throws Exception {
		this.support.enroll(this.program, this.mentor, Role.MENTEE, 0);
		start(this.committee, body(this.mentor, this.mentor)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("menteeId"))
			.andExpect(jsonPath("$.errors[0].message", containsString("never paired with themself")));
		assertThat(activePairings()).isZero();
	}

	@Test
	void theMentorMustBeAnActiveMentorAndTheMenteeAnActiveMentee() throws Exception {
		Person outsider = this.support.person("Oscar Outsider");
		Person otherMentee = this.support.mentee(this.program);
		start(this.committee, body(otherMentee, this.mentor)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("mentorId", "menteeId")));
		start(this.committee, body(outsider, this.mentee)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mentorId"))
			.andExpect(jsonPath("$.errors[0].message").value("must be an active mentor of the program"));
		start(this.committee, body(this.mentor, outsider)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("menteeId"))
			.andExpect(jsonPath("$.errors[0].message").value("must be an active mentee of the program"));
		Program other = this.support.program();
		Person elsewhere = this.support.mentee(other);
		start(this.committee, body(this.mentor, elsewhere)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("menteeId"));
		assertThat(activePairings()).isZero();
	}

	@Test
	void aFullMentorAPairedMenteeAndTheSamePairAreConflicts() throws Exception {
		start(this.committee, body(this.mentor, this.mentee)).andExpect(status().isCreated());
		start(this.committee, body(this.mentor, this.mentee)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This mentor and mentee are already paired."));
		Person secondMentee = this.support.mentee(this.program);
		start(this.committee, body(this.mentor, secondMentee)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("mentorId"))
			.andExpect(jsonPath("$.detail", containsString("capacity is full")));
		Person secondMentor = this.support.mentor(this.program, 3);
		start(this.committee, body(secondMentor, this.mentee)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("menteeId"))
			.andExpect(jsonPath("$.detail", containsString("already has an active pairing")));
		Person noPlaces = this.support.mentor(this.program, 0);
		start(this.committee, body(noPlaces, secondMentee)).andExpect(status().isConflict());
		assertThat(activePairings()).isEqualTo(1);
	}

	@Test
	void closingAPairingFreesTheMentorsPlace() throws Exception {
		Pairing first = this.support.pair(this.program, this.mentor, this.mentee, PairingTestSupport.today());
		this.pairings.close(first.id(), new AsPrincipal(this.mentor.id().value(), this.mentor.email(), false),
				"We moved on");
		start(this.committee, body(this.mentor, this.support.mentee(this.program))).andExpect(status().isCreated());
		start(this.committee, body(this.mentor, this.mentee)).andExpect(status().isConflict());
	}

	@Test
	void onlyTheCommitteeAndAdministratorsPair() throws Exception {
		String payload = body(this.mentor, this.mentee);
		this.mvc.perform(post(path(this.program.id().value())).contentType(MediaType.APPLICATION_JSON).content(payload))
			.andExpect(status().isUnauthorized());
		start(this.support.token(this.mentor), payload).andExpect(status().isForbidden());
		start(this.support.token(this.mentee), payload).andExpect(status().isForbidden());
		start(this.support.token(this.support.person("Sam Stranger")), payload).andExpect(status().isNotFound());
		Program other = this.support.program();
		start(this.support.token(this.support.committee(other)), payload).andExpect(status().isNotFound());
		start(this.committee, payload, path(UUID.randomUUID())).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/programs/not-an-id/pairings").header(HttpHeaders.AUTHORIZATION, this.committee)
				.contentType(MediaType.APPLICATION_JSON)
				.content(payload))
			.andExpect(status().isNotFound());
		assertThat(activePairings()).isZero();
	}

	@Test
	void theOpenApiDocumentDescribesThePairingEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/pairings'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/pairings'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pairings/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/pairings/{id}/close'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/pairings'].get").exists())
			.andExpect(jsonPath("$.components.schemas.Pairing.properties.cadence").exists());
	}

	private long activePairings() {
		return this.jdbc.sql("select count(*) from pairing where program_id = :program")
			.param("program", this.program.id().value())
			.query(Long.class)
			.single();
	}

	private ResultActions start(String token, String body) throws Exception {
		return start(token, body, path(this.program.id().value()));
	}

	private ResultActions start(String token, String body, String path) throws Exception {
		return this.mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String path(UUID program) {
		return "/api/v1/programs/" + program + "/pairings";
	}

	static String body(Person mentor, Person mentee) {
		return "{\"mentorId\":\"%s\",\"menteeId\":\"%s\"}".formatted(mentor.id(), mentee.id());
	}

	static String body(Person mentor, Person mentee, LocalDate startedOn) {
		return "{\"mentorId\":\"%s\",\"menteeId\":\"%s\",\"startedOn\":\"%s\"}".formatted(mentor.id(), mentee.id(),
				startedOn);
	}

}
