package org.tandem.cadence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AbsenceControllerTests {

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
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/me/absences")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/me/absences").with(csrf())
				.param("from", this.today.toString())
				.param("to", this.today.toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void personAnnouncesSeesAndWithdrawsAnAbsence() throws Exception {
		Person ida = this.fixtures.person("Page Absent Ida");
		Cookie session = this.more.signIn(ida);
		this.mvc.perform(get("/me/absences").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>My absences</h1>"),
					containsString("You have not announced any absence."), containsString("type=\"date\""))));
		LocalDate from = this.today.plusDays(3);
		LocalDate to = this.today.plusDays(9);
		this.mvc
			.perform(post("/me/absences").cookie(session)
				.with(csrf())
				.param("from", from.toString())
				.param("to", to.toString())
				.param("note", "Family <visit>"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/me/absences"))
			.andExpect(flash().attribute("flash", "Your absence from " + from + " to " + to + " is saved."));
		List<Absence> stored = storedOf(ida);
		assertThat(stored).extracting(Absence::range).containsExactly(new DateRange(from, to));
		this.mvc.perform(get("/me/absences").cookie(session))
			.andExpect(content().string(allOf(containsString(from.toString()), containsString(to.toString()),
					containsString("Family &lt;visit&gt;"), not(containsString("Family <visit>")))));
		this.mvc.perform(post("/me/absences/" + stored.get(0).id() + "/delete").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/me/absences"));
		assertThat(storedOf(ida)).isEmpty();
	}

	@Test
	void formErrorsAreShownAndNothingIsWritten() throws Exception {
		Person jo = this.fixtures.person("Page Absent Jo");
		Cookie session = this.more.signIn(jo);
		this.mvc
			.perform(post("/me/absences").cookie(session)
				.with(csrf())
				.param("from", this.today.plusDays(5).toString())
				.param("to", this.today.plusDays(4).toString())
				.param("note", "kept in the form"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"error-summary\""),
					containsString("Last day away must not be before the first day"),
					containsString("aria-invalid=\"true\""), containsString("kept in the form"))));
		this.mvc
			.perform(post("/me/absences").cookie(session).with(csrf()).param("from", "next tuesday").param("to", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("First day away has an invalid value"),
					containsString("value=\"next tuesday\""))));
		this.mvc.perform(
				post("/me/absences").cookie(session).with(csrf()).param("from", this.today.toString()).param("to", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Last day away is required")));
		this.mvc
			.perform(post("/me/absences").cookie(session)
				.with(csrf())
				.param("from", this.today.toString())
				.param("to", this.today.toString())
				.param("note", "n".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Private note (optional) must be at most 500 characters")));
		assertThat(storedOf(jo)).isEmpty();
	}

	@Test
	void noOneWithdrawsSomeoneElsesAbsence() throws Exception {
		Person kim = this.fixtures.person("Page Absent Kim");
		Absence absence = this.absences.announce(kim.id().value(), this.today, this.today.plusDays(1), "kim's");
		Cookie other = this.more.signIn(this.fixtures.person("Page Other"));
		this.mvc.perform(post("/me/absences/" + absence.id() + "/delete").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/me/absences/" + UUID.randomUUID() + "/delete").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/me/absences/nonsense/delete").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/me/absences").cookie(other))
			.andExpect(content().string(not(containsString("kim&#39;s"))));
		assertThat(storedOf(kim)).hasSize(1);
	}

	@Test
	void notesStayOutOfTheFormsText() {
		LocalDate day = LocalDate.of(2026, 5, 1);
		String secret = "confidential-" + UUID.randomUUID();
		assertThat(new AbsenceForm(day, day, secret).toString()).doesNotContain(secret);
		assertThat(new AbsenceJson.Announce(day, day, secret).toString()).doesNotContain(secret);
		assertThat(new AbsenceJson("x", "y", day, day, secret).toString()).doesNotContain(secret);
	}

	private List<Absence> storedOf(Person person) {
		return this.absences.ofPerson(person.id().value(), new Paging(0, 200)).items();
	}

}
