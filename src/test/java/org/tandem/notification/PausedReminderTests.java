package org.tandem.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.cadence.Absences;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;
import org.tandem.cadence.CadenceState;
import org.tandem.cadence.DateRange;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No reminder and no committee alert while a pairing is paused (either person absent
 * today), even when it was late before the absence began; they resume after it.
 */
@IntegrationTest
class PausedReminderTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@Autowired
	ReminderSweep sweep;

	@Autowired
	Absences absences;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	/**
	 * Absences from {@code from} to {@code to} days relative to today, on pairings late
	 * in every way: the first contact 60 days late, or the last contact 57 or 70 days ago
	 * (overdue by more than two weeks unless the absence moved the dates).
	 */
	@ParameterizedTest(name = "started {0} days ago, last contact {1} days ago, absent {2}..{3} -> {4}")
	@CsvSource(delimiter = ';',
			value = { "60; -1; 0; 0; ''", "60; -1; -3; 5; ''", "100; 57; 0; 10; ''", "100; 70; -1; 0; ''",
					"100; 43; 0; 0; ''", "100; 30; 0; 2; ''", "60; -1; -5; -1; FIRST_CONTACT_LATE",
					"100; 70; -69; -50; OVERDUE", "100; 70; 1; 5; OVERDUE COMMITTEE_OVERDUE" })
	void pausedMeansSilent(int daysSinceStart, int daysSinceContact, int absentFrom, int absentTo, String expected) {
		LocalDate contact = (daysSinceContact >= 0) ? TODAY.minusDays(daysSinceContact) : null;
		DateRange absence = new DateRange(TODAY.plusDays(absentFrom), TODAY.plusDays(absentTo));
		Cadence cadence = CadenceRules.evaluate(
				new CadenceInput(TODAY.minusDays(daysSinceStart), contact, 7, 28, 42, List.of(absence), false), TODAY);
		boolean paused = absence.contains(TODAY);
		assertThat(cadence.state() == CadenceState.PAUSED).isEqualTo(paused);
		List<String> kinds = ReminderKind.dueFor(cadence, TODAY).stream().map(Enum::name).toList();
		assertThat(String.join(" ", kinds)).isEqualTo(expected);
	}

	@Test
	void theSweepSendsNothingForAPairingPausedToday() {
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		Program program = given.program();
		Person committee = given.member(program, Role.COMMITTEE, "Pia Paused");
		Person mentor = given.member(program, Role.MENTOR, "Pablo Paused");
		Person mentee = given.member(program, Role.MENTEE, "Petra Paused");
		LocalDate today = PairingFixtures.today();
		// late in both ways: overdue by 28 days, and the committee alert threshold passed
		Pairing pairing = given.pair(program, mentor, mentee, today.minusDays(100));
		this.pairings.recordContact(pairing.id(), today.minusDays(70));
		this.absences.announce(mentee.id().value(), today, today.plusDays(3), null);

		this.sweep.sweep();

		assertThat(this.jdbc.sql("select count(*) from reminder_sent where pairing_id = :id")
			.param("id", pairing.id().value())
			.query(Long.class)
			.single()).isZero();
		assertThat(given.emailsTo(committee)).isEmpty();
		assertThat(given.emailsTo(mentor)).noneMatch((email) -> email.key().startsWith("reminder:"));
		assertThat(given.notificationTexts(committee)).isEmpty();
	}

}
