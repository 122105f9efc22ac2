package org.tandem.cadence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.Absence;
import org.tandem.cadence.Absences;
import org.tandem.cadence.DateRange;
import org.tandem.person.Person;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AbsenceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Absences absences;

	PersonFixtures more;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.more = new PersonFixtures(this.jdbc, this.mvc);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void personAnnouncesAndReadsTheirAbsenceWithTheNote() throws Exception {
		Person ada = this.fixtures.person("Absent Ada");
		String token = this.more.token(ada);
		String path = "/api/v1/people/" + ada.id() + "/absences";
		postJson(token, path, body(day(10), day(20), "Knee surgery")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.personId").value(ada.id().toString()))
			.andExpect(jsonPath("$.from").value(day(10).toString()))
			.andExpect(jsonPath("$.to").value(day(20).toString()))
			.andExpect(jsonPath("$.note").value("Knee surgery"));
		getJson(token, path).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.items[0].from").value(day(10).toString()))
			.andExpect(jsonPath("$.items[0].note").value("Knee surgery"));
		postJson(token, path, "{'from':'" + day(30) + "','to':'" + day(30) + "'}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.note").doesNotExist());
		getJson(token, path + "?size=1").andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].from").value(day(30).toString()));
	}

	@Test
	void badInputIs400AndWritesNothing() throws Exception {
		Person bo = this.fixtures.person("Absent Bo");
		String token = this.more.token(bo);
		String path = "/api/v1/people/" + bo.id() + "/absences";
		postJson(token, path, body(day(5), day(4), null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("to")));
		postJson(token, path, body(this.today.minusYears(2).minusDays(1), this.today.minusYears(2), null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")));
		postJson(token, path, body(this.today.plusYears(2).plusDays(1), this.today.plusYears(2).plusDays(2), null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")));
		postJson(token, path, body(day(0), day(366), null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("to")));
		postJson(token, path, body(day(0), day(1), "x".repeat(501))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		postJson(token, path, body(day(0), day(1), "bad\\u0000note")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("note")));
		postJson(token, path, "{'from':'" + day(1) + "','to':'" + day(2) + "','reason':'x'}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		postJson(token, path, "{'to':'" + day(2) + "'}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")));
		postJson(token, path, "{'from':'2026-02-30','to':'" + day(2) + "'}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("from")));
		postJson(token, path, "not json").andExpect(status().isBadRequest());
		assertThat(storedOf(bo)).isEmpty();
		// the limits themselves are accepted
		postJson(token, path, body(this.today.minusYears(2), this.today.minusYears(2).plusDays(365), "x".repeat(500)))
			.andExpect(status().isCreated());
	}

	@Test
	void anonymousCallsAre401() throws Exception {
		String path = "/api/v1/people/" + UUID.randomUUID() + "/absences";
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post(path).contentType(MediaType.APPLICATION_JSON)
				.content(body(day(1), day(2), null).replace('\'', '"')))
			.andExpect(status().isUnauthorized());
		postJson("Bearer not-a-token", path, body(day(1), day(2), null)).andExpect(status().isUnauthorized());
	}

	@Test
	void strangersGet404AndWriteNothing() throws Exception {
		Person cy = this.fixtures.person("Absent Cy");
		this.more.enroll(this.more.program(), cy, "MENTEE");
		Person stranger = this.fixtures.person("Stranger");
		Person otherCommittee = this.fixtures.person("Other Committee");
		this.more.enroll(this.more.program(), otherCommittee, "COMMITTEE");
		String path = "/api/v1/people/" + cy.id() + "/absences";
		for (Person outsider : List.of(stranger, otherCommittee)) {
			String token = this.more.token(outsider);
			getJson(token, path).andExpect(status().isNotFound());
			postJson(token, path, body(day(1), day(2), null)).andExpect(status().isNotFound());
			// invalid input does not reveal more than the 404
			postJson(token, path, body(day(2), day(1), null)).andExpect(status().isNotFound());
		}
		assertThat(storedOf(cy)).isEmpty();
		String admin = this.more.token(this.fixtures.admin("Absence Admin 404"));
		getJson(admin, "/api/v1/people/" + UUID.randomUUID() + "/absences").andExpect(status().isNotFound());
		postJson(admin, "/api/v1/people/" + UUID.randomUUID() + "/absences", body(day(1), day(2), null))
			.andExpect(status().isNotFound());
		getJson(admin, "/api/v1/people/not-an-id/absences").andExpect(status().isNotFound());
	}

	@Test
	void committeeAndAdminSeeAndAnnounceDatesButNeverTheNote() throws Exception {
		UUID program = this.more.program();
		Person dee = this.fixtures.person("Absent Dee");
		this.more.enroll(program, dee, "MENTOR");
		Person committee = this.fixtures.person("Dee's Committee");
		this.more.enroll(program, committee, "COMMITTEE");
		String path = "/api/v1/people/" + dee.id() + "/absences";
		postJson(this.more.token(dee), path, body(day(10), day(12), "Private reason")).andExpect(status().isCreated());
		String committeeToken = this.more.token(committee);
		getJson(committeeToken, path).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].from").value(day(10).toString()))
			.andExpect(jsonPath("$.items[0].to").value(day(12).toString()))
			.andExpect(jsonPath("$.items[0].note").doesNotExist());
		// the committee's announcement merges with the stored one; the answer still
		// leaves the note out
		postJson(committeeToken, path, body(day(12), day(14), "Committee words")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value(day(10).toString()))
			.andExpect(jsonPath("$.to").value(day(14).toString()))
			.andExpect(jsonPath("$.note").doesNotExist());
		String admin = this.more.token(this.fixtures.admin("Absence Admin"));
		getJson(admin, path).andExpect(status().isOk()).andExpect(jsonPath("$.items[0].note").doesNotExist());
		postJson(admin, path, body(day(11), day(13), "Admin words")).andExpect(status().isCreated());
		assertThat(storedOf(dee)).as("only the person's own note is kept")
			.extracting(Absence::note)
			.containsExactly("Private reason");
		// on someone's behalf, a note is not kept even where the person wrote none
		postJson(committeeToken, path, body(day(40), day(41), "Not theirs")).andExpect(status().isCreated());
		assertThat(storedOf(dee)).extracting(Absence::note).containsExactlyInAnyOrder("Private reason", null);
	}

	@Test
	void overlappingAbsencesAreStoredAsOneRange() throws Exception {
		Person eve = this.fixtures.person("Absent Eve");
		String token = this.more.token(eve);
		String path = "/api/v1/people/" + eve.id() + "/absences";
		postJson(token, path, body(day(1), day(10), "first")).andExpect(status().isCreated());
		postJson(token, path, body(day(20), day(25), null)).andExpect(status().isCreated());
		postJson(token, path, body(day(26), day(27), "adjacent")).andExpect(status().isCreated());
		postJson(token, path, body(day(5), day(15), "second")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value(day(1).toString()))
			.andExpect(jsonPath("$.to").value(day(15).toString()))
			.andExpect(jsonPath("$.note").value("second"));
		// no note given: the earliest merged one that has a note is kept
		postJson(token, path, body(day(14), day(22), null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value(day(1).toString()))
			.andExpect(jsonPath("$.to").value(day(25).toString()))
			.andExpect(jsonPath("$.note").value("second"));
		assertThat(storedOf(eve)).extracting(Absence::range, Absence::note)
			.containsExactly(tuple(new DateRange(day(26), day(27)), "adjacent"),
					tuple(new DateRange(day(1), day(25)), "second"));
		// a range inside a stored one changes nothing but the note kept
		postJson(token, path, body(day(3), day(4), null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value(day(1).toString()))
			.andExpect(jsonPath("$.to").value(day(25).toString()));
		assertThat(storedOf(eve)).hasSize(2);
	}

	@Test
	void onlyThePersonWithdrawsTheirAbsence() throws Exception {
		UUID program = this.more.program();
		Person fay = this.fixtures.person("Absent Fay");
		this.more.enroll(program, fay, "MENTEE");
		Person committee = this.fixtures.person("Fay's Committee");
		this.more.enroll(program, committee, "COMMITTEE");
		Person other = this.fixtures.person("Other Absentee");
		String token = this.more.token(fay);
		String path = "/api/v1/people/" + fay.id() + "/absences";
		postJson(token, path, body(day(1), day(2), null)).andExpect(status().isCreated());
		UUID id = storedOf(fay).get(0).id();
		deleteJson(this.more.token(committee), path + "/" + id).andExpect(status().isForbidden());
		String otherToken = this.more.token(other);
		deleteJson(otherToken, path + "/" + id).andExpect(status().isNotFound());
		deleteJson(otherToken, "/api/v1/people/" + other.id() + "/absences/" + id).andExpect(status().isNotFound());
		deleteJson(token, path + "/not-an-id").andExpect(status().isNotFound());
		assertThat(storedOf(fay)).hasSize(1);
		deleteJson(token, path + "/" + id).andExpect(status().isNoContent());
		assertThat(storedOf(fay)).isEmpty();
		deleteJson(token, path + "/" + id).andExpect(status().isNotFound());
	}

	@Test
	void absencesOfSeveralPeopleComeMergedForAWindow() {
		Person gus = this.fixtures.person("Absent Gus");
		Person hal = this.fixtures.person("Absent Hal");
		this.absences.announce(gus.id().value(), day(1), day(5), "gus private");
		this.absences.announce(gus.id().value(), day(40), day(41), null);
		this.absences.announce(hal.id().value(), day(4), day(8), null);
		this.absences.announce(hal.id().value(), day(9), day(9), null);
		this.absences.announce(hal.id().value(), day(60), day(70), null);
		List<UUID> both = List.of(gus.id().value(), hal.id().value());
		assertThat(this.absences.of(both, day(0), day(45))).containsExactly(new DateRange(day(1), day(9)),
				new DateRange(day(40), day(41)));
		assertThat(this.absences.of(both, day(41), day(60))).containsExactly(new DateRange(day(40), day(41)),
				new DateRange(day(60), day(70)));
		assertThat(this.absences.of(List.of(gus.id().value()), day(6), day(39))).isEmpty();
		assertThat(this.absences.of(List.of(), day(0), day(100))).isEmpty();
	}

	private List<Absence> storedOf(Person person) {
		return this.absences.ofPerson(person.id().value(), new Paging(0, 200)).items();
	}

	private LocalDate day(int offset) {
		return this.today.plusDays(offset);
	}

	private static String body(LocalDate from, LocalDate to, String note) {
		return "{'from':'" + from + "','to':'" + to + "'" + ((note != null) ? ",'note':'" + note + "'" : "") + "}";
	}

	private ResultActions postJson(String token, String path, String json) throws Exception {
		return this.mvc.perform(post(path).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace('\'', '"')));
	}

	private ResultActions getJson(String token, String path) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", token));
	}

	private ResultActions deleteJson(String token, String path) throws Exception {
		return this.mvc.perform(delete(path).header("Authorization", token));
	}

}
