package org.tandem.pairing;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.account.Accounts;
import org.tandem.person.InvitationLetters;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.FeaturedIdeas;
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
 * The pairing module on its own (with the modules it depends on) against the test
 * database: starting a pairing publishes {@link PairingStarted}. The agreement and
 * meeting modules, which answer the pairing module's questions, and the accounts and
 * letters behind the people are not part of it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PairingModuleTests {

	@MockitoBean
	Accounts accounts;

	@MockitoBean
	InvitationLetters invitations;

	@MockitoBean
	AgreementStates agreements;

	@MockitoBean
	UpcomingMeetings meetings;

	@MockitoBean
	UnreadMessages unreadMessages;

	@MockitoBean
	FeaturedIdeas featuredIdeas;

	@Autowired
	Pairings pairings;

	@Autowired
	Programs programs;

	@Autowired
	People people;

	@Test
	void startingAPairingPublishesPairingStarted(Scenario scenario) {
		LocalDate today = LocalDate.now();
		Program program = this.programs.create(new Program.Settings("Module program " + UUID.randomUUID(), null,
				today.minusMonths(1), today.plusYears(1), 28, 42, 7, false));
		Person mentor = enrolled(program, Role.MENTOR, 1);
		Person mentee = enrolled(program, Role.MENTEE, 0);
		AsPrincipal admin = AsPrincipal.anAdministrator();

		scenario
			.stimulate(() -> this.pairings.start(program.id(), admin,
					new NewPairing(mentor.id().value(), mentee.id().value(), null)))
			.andWaitForEventOfType(PairingStarted.class)
			.matching((event) -> event.mentorId().equals(mentor.id().value())
					&& event.menteeId().equals(mentee.id().value()) && event.programId().equals(program.id()))
			.toArriveAndVerify((event, pairing) -> assertThat(event.pairingId()).isEqualTo(pairing.id()));
	}

	private Person enrolled(Program program, Role role, int capacity) {
		String name = role + " " + UUID.randomUUID();
		Person person = this.people.create(name.replace(' ', '.').toLowerCase() + "@example.org", name);
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

}
