package org.tandem.notification;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tandem.cadence.Absences;
import org.tandem.notification.PairingFixtures.Email;
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
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactions to a started pairing and to an announced absence: both run after commit
 * in Spring Modulith's asynchronous listeners, so the tests wait for their outcome.
 */
@IntegrationTest
class PairingReactionTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Absences absences;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailDispatcher dispatcher;

	PairingFixtures given() {
		return new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
	}

	@Test
	void aStartedPairingTellsBothWhoTheirPartnerIsInAppAndByEmail() throws Exception {
		PairingFixtures given = given();
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Mina Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Theo Mentee");
		Pairing pairing = given.pair(program, mentor, mentee, PairingFixtures.today().minusDays(2));
		String link = "/pairings/" + pairing.id().value();

		List<Email> toMentor = PairingFixtures.await(() -> given.emailsTo(mentor), (list) -> !list.isEmpty());
		List<Email> toMentee = PairingFixtures.await(() -> given.emailsTo(mentee), (list) -> !list.isEmpty());
		assertThat(toMentor).singleElement().satisfies((email) -> {
			assertThat(email.key()).isEqualTo("pairing-started:" + pairing.id().value() + ":" + mentor.id().value());
			assertThat(email.subject()).contains(mentee.name());
			assertThat(email.body()).contains(mentee.name(), program.name(), "http://localhost:8080" + link,
					Messenger.day(pairing.startedOn().plusDays(7)));
		});
		assertThat(toMentee).singleElement().satisfies((email) -> {
			assertThat(email.key()).isEqualTo("pairing-started:" + pairing.id().value() + ":" + mentee.id().value());
			assertThat(email.body()).contains(mentor.name(), "http://localhost:8080" + link);
		});
		assertThat(given.notificationTexts(mentor)).singleElement().asString().contains(mentee.name());
		assertThat(given.notificationTexts(mentee)).singleElement().asString().contains(mentor.name());
		assertThat(this.jdbc.sql("select link from notification where person_id = :p")
			.param("p", mentee.id().value())
			.query(String.class)
			.single()).isEqualTo(link);

		this.dispatcher.dispatchDueMessages(sender());
		assertThat(receivedBy(mentor)).singleElement()
			.satisfies((mail) -> assertThat(GreenMailUtil.getBody(mail)).contains(mentee.name()));
		assertThat(receivedBy(mentee)).singleElement()
			.satisfies((mail) -> assertThat(mail.getSubject()).contains(mentor.name()));
	}

	@Test
	void aCloseReasonNeverReachesAnEmail() {
		PairingFixtures given = given();
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Mina Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Theo Mentee");
		Pairing pairing = given.pair(program, mentor, mentee, PairingFixtures.today());
		String reason = "Confidential close reason " + PairingFixtures.unique("x");
		this.pairings.close(pairing.id(), PairingFixtures.Caller.of(mentor), reason);

		List<Email> emails = PairingFixtures.await(() -> given.emailsTo(mentor), (list) -> !list.isEmpty());
		assertThat(emails).extracting(Email::body).noneMatch((body) -> body.contains(reason));
		assertThat(given.emailsTo(mentee)).extracting(Email::body).noneMatch((body) -> body.contains(reason));
	}

	@Test
	void anAbsenceTellsThePartnerTheDatesButNotTheNote() {
		PairingFixtures given = given();
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Mina Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Theo Mentee");
		given.pair(program, mentor, mentee, PairingFixtures.today().minusDays(2));
		PairingFixtures.await(() -> given.emailsTo(mentor), (list) -> list.size() == 1);
		String note = "Private note " + PairingFixtures.unique("surgery");

		var absence = this.absences.announce(mentee.id().value(), PairingFixtures.today().plusDays(3),
				PairingFixtures.today().plusDays(10), note);

		List<Email> emails = PairingFixtures.await(() -> given.emailsTo(mentor), (list) -> list.size() == 2);
		Email email = emails.stream().filter((e) -> e.key().startsWith("absence:")).findFirst().orElseThrow();
		assertThat(email.key()).isEqualTo("absence:" + absence.id() + ":" + mentor.id().value());
		assertThat(email.body())
			.contains(mentee.name(), Messenger.day(PairingFixtures.today().plusDays(3)),
					Messenger.day(PairingFixtures.today().plusDays(10)))
			.doesNotContain(note);
		assertThat(email.subject()).doesNotContain(note);
		List<String> texts = PairingFixtures.await(() -> given.notificationTexts(mentor), (list) -> list.size() == 2);
		assertThat(texts.get(1)).contains(mentee.name(), Messenger.day(PairingFixtures.today().plusDays(10)))
			.doesNotContain(note);
		assertThat(given.emailsTo(mentee)).as("the person away is not told of their own absence")
			.extracting(Email::key)
			.noneMatch((key) -> key.startsWith("absence:"));
	}

	@Test
	void anAbsenceOfSomeoneUnpairedTellsNobody() throws Exception {
		PairingFixtures given = given();
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Mina Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Theo Mentee");
		Pairing pairing = given.pair(program, mentor, mentee, PairingFixtures.today().minusDays(2));
		PairingFixtures.await(() -> given.emailsTo(mentor), (list) -> list.size() == 1);
		this.pairings.close(pairing.id(), PairingFixtures.Caller.of(mentor), "Done");

		this.absences.announce(mentee.id().value(), PairingFixtures.today().plusDays(3),
				PairingFixtures.today().plusDays(4), null);
		given.awaitEventsHandled(mentee.id().value());
		assertThat(given.emailsTo(mentor)).hasSize(1);
		assertThat(given.notificationTexts(mentor)).hasSize(1);
	}

	private static List<MimeMessage> receivedBy(Person person) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> isFor(mail, person.email())).toList();
	}

	private static boolean isFor(MimeMessage mail, String recipient) {
		try {
			return Arrays.stream(mail.getRecipients(RecipientType.TO))
				.anyMatch((address) -> address.toString().equals(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JavaMailSenderImpl sender() {
		return LocalSmtp.senderTo(smtp.getSmtp().getPort());
	}

}
