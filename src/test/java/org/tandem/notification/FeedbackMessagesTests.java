package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.tandem.notification.PairingFixtures.Email;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The feedback's messages: an invitation to give a pulse once a meeting is marked held,
 * and a reminder of an evaluation that is due; neither ever carries the pair's words.
 */
@IntegrationTest
class FeedbackMessagesTests {

	private static final String AGENDA = "Rehearse the promotion talk";

	@Autowired
	PairWorlds worlds;

	@Autowired
	EvaluationReminderSweep sweep;

	@Autowired
	EmailPreferences preferences;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void markingAMeetingHeldInvitesBothOfThePairToSayHowUsefulItWas() throws Exception {
		PairWorld world = this.worlds.create();
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		MockHttpServletResponse scheduled = world
			.api(post("/api/v1/pairings/" + world.pairing.id() + "/meetings"), world.mentor, "{\"scheduledAt\":\"" + at
					+ "\",\"format\":\"WALKING\",\"agenda\":\"" + AGENDA + "\",\"place\":\"The rose garden\"}")
			.andReturn()
			.getResponse();
		String meeting = JsonPath.read(scheduled.getContentAsString(), "$.id");
		assertThat(world
			.api(patch("/api/v1/pairings/" + world.pairing.id() + "/meetings/" + meeting), world.mentor,
					"{\"status\":\"HELD\"}")
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);

		for (Person person : List.of(world.mentor, world.mentee)) {
			List<Email> invitations = PairingFixtures.await(() -> pulseInvitations(given, person),
					(list) -> !list.isEmpty());
			assertThat(invitations).hasSize(1);
			Email email = invitations.get(0);
			assertThat(email.subject()).isEqualTo("How useful was your meeting?");
			assertThat(email.body()).contains("/pairings/" + world.pairing.id() + "/meetings/" + meeting + "/pulse")
				.doesNotContain(AGENDA)
				.doesNotContain("rose garden");
		}
	}

	private static List<Email> pulseInvitations(PairingFixtures given, Person person) {
		return given.emailsTo(person).stream().filter((email) -> email.key().startsWith("pulse-invitation:")).toList();
	}

	@Test
	void aDueEvaluationRemindsWhoHasNotAnsweredOnceAsEachChose() {
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		LocalDate startsOn = PairWorld.today().minusMonths(8);
		Program program = this.programs.create(PairWorld.settings("Evaluation program", startsOn));
		Person mentor = given.member(program, Role.MENTOR, "Eva Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Ed Mentee");
		Person quiet = given.member(program, Role.MENTEE, "Quinn Quiet");
		Person answered = given.member(program, Role.MENTEE, "Ann Answered");
		Pairing pairing = given.pair(program, mentor, mentee, startsOn.plusDays(10));
		Pairing quietPairing = given.pair(program, given.member(program, Role.MENTOR, "Max Mentor"), quiet,
				startsOn.plusDays(10));
		Pairing answeredPairing = given.pair(program, given.member(program, Role.MENTOR, "Mo Mentor"), answered,
				startsOn.plusDays(10));
		this.preferences.choose(quiet.id().value(), EmailFrequency.NEVER);
		answer(answeredPairing, answered, "MID");
		assertThat(pairing.id()).isNotEqualTo(quietPairing.id());

		this.sweep.sweep();
		this.sweep.sweep();

		List<Email> reminders = reminders(given, mentee);
		assertThat(reminders).hasSize(1);
		assertThat(reminders.get(0).key()).startsWith("evaluation-due:MID:");
		assertThat(reminders.get(0).body()).contains("/pairings/" + pairing.id() + "/evaluations/MID");
		assertThat(reminders(given, mentor)).hasSize(1);
		// no email for who chose none, but the notification in the app
		assertThat(reminders(given, quiet)).isEmpty();
		assertThat(given.notificationTexts(quiet)).anySatisfy((text) -> assertThat(text).contains("mid-term"));
		// who answered is not reminded; their partner is
		assertThat(reminders(given, answered)).isEmpty();
	}

	@Test
	void noEvaluationIsDueBeforeTheMiddleOfTheTerm() {
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		LocalDate startsOn = PairWorld.today().minusMonths(2);
		Program program = this.programs.create(PairWorld.settings("Young program", startsOn));
		Person mentee = given.member(program, Role.MENTEE, "Yan Young");
		given.pair(program, given.member(program, Role.MENTOR, "Yara Mentor"), mentee, startsOn.plusDays(3));

		this.sweep.sweep();

		assertThat(reminders(given, mentee)).isEmpty();
	}

	private void answer(Pairing pairing, Person person, String kind) {
		this.jdbc.sql("""
				insert into evaluation (id, pairing_id, program_id, person_id, kind, submitted_at)
				values (:id, :pairing, :program, :person, :kind, :at)""")
			.param("id", UUID.randomUUID())
			.param("pairing", pairing.id().value())
			.param("program", pairing.programId().value())
			.param("person", person.id().value())
			.param("kind", kind)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	private static List<Email> reminders(PairingFixtures given, Person person) {
		return given.emailsTo(person).stream().filter((email) -> email.key().startsWith("evaluation-due:")).toList();
	}

}
