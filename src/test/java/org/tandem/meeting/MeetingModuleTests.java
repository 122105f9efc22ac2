package org.tandem.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.pairing.AgreementStates;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.pairing.UnreadMessages;
import org.tandem.person.InvitationLetters;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.FeaturedIdeas;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meeting module on its own (with the modules it depends on): scheduling a meeting
 * through {@link Meetings} publishes {@link MeetingScheduled} with sequence 0, which is
 * what the pair's calendars are sent.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class MeetingModuleTests {

	// implemented by modules that the meeting module does not depend on
	@MockitoBean
	InvitationLetters invitationLetters;

	@MockitoBean
	AgreementStates agreementStates;

	@MockitoBean
	UnreadMessages unreadMessages;

	@MockitoBean
	FeaturedIdeas featuredIdeas;

	@Autowired
	Meetings meetings;

	@Autowired
	Programs programs;

	@Autowired
	People people;

	@Autowired
	Pairings pairings;

	@Test
	void schedulingAMeetingPublishesMeetingScheduled(Scenario scenario) {
		LocalDate today = LocalDate.now(Clock.systemUTC());
		Program program = this.programs.create(new Program.Settings(unique("Module program"), null,
				today.minusMonths(1), today.plusYears(1), 28, 42, 7, false));
		Person mentor = member(program, Role.MENTOR, 1);
		Person mentee = member(program, Role.MENTEE, 0);
		Pairing pairing = this.pairings.start(program.id(), MeetingTestSupport.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), today));
		Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		MeetingTestSupport.Caller caller = new MeetingTestSupport.Caller(mentee.id().value(), mentee.email(), false);

		scenario
			.stimulate(() -> this.meetings.log(pairing.id(), caller,
					new NewMeeting(null, at, "VIDEO", "Room 4", "Plans", null, 45)))
			.andWaitForEventOfType(MeetingScheduled.class)
			.matching((event) -> event.pairingId().equals(pairing.id()))
			.toArriveAndVerify((event, meeting) -> {
				assertThat(event.meetingId()).isEqualTo(meeting.id());
				assertThat(event.changedBy()).isEqualTo(mentee.id().value());
				assertThat(event.startsAt()).isEqualTo(at);
				assertThat(event.durationMinutes()).isEqualTo(45);
				assertThat(event.format()).isEqualTo(MeetingFormat.VIDEO);
				assertThat(event.sequence()).isZero();
			});
	}

	private Person member(Program program, Role role, int capacity) {
		Person person = this.people.create(unique(role.name().toLowerCase()) + "@example.org", unique("Member"));
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
