package org.tandem.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.Fixtures;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Programs, people in roles and pairings for the notification tests, all with unique
 * names, and reads of the notifications and emails written for a person.
 */
final class PairingFixtures {

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	private final JdbcClient jdbc;

	PairingFixtures(Programs programs, Pairings pairings, Fixtures fixtures, JdbcClient jdbc) {
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static LocalDate today() {
		return LocalDate.now(Clock.systemUTC());
	}

	/**
	 * A program whose term started six months ago, with the 28/42/7 rhythm.
	 */
	Program program() {
		LocalDate startsOn = today().minusMonths(6);
		return this.programs.create(new Program.Settings(unique("Reminder program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
	}

	Person member(Program program, Role role, String name) {
		Person person = this.fixtures.person(unique(name));
		this.programs.enroll(program.id(), person.id().value(), role, (role == Role.MENTOR) ? 3 : 0,
				Participant.Profile.empty());
		return person;
	}

	Pairing pair(Program program, Person mentor, Person mentee, LocalDate startedOn) {
		return this.pairings.start(program.id(), Caller.ADMIN,
				new NewPairing(mentor.id().value(), mentee.id().value(), startedOn));
	}

	List<String> notificationTexts(Person person) {
		return this.jdbc.sql("select text from notification where person_id = :person order by created_at")
			.param("person", person.id().value())
			.query(String.class)
			.list();
	}

	List<Email> emailsTo(Person person) {
		return this.jdbc.sql("select message_key, subject, body_text from outbox_message where recipient = :to")
			.param("to", person.email())
			.query((rs, row) -> new Email(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Waits up to five seconds for an asynchronous listener's outcome.
	 */
	static <T> T await(Supplier<T> read, Predicate<T> done) {
		AtomicReference<T> last = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
			last.set(read.get());
			assertThat(done.test(last.get())).as("within five seconds: %s", last.get()).isTrue();
		});
		return last.get();
	}

	/**
	 * Waits until every event that mentions {@code subject} (an id in the event) has been
	 * published and handled by all its listeners, so that a test may then assert that
	 * something did not happen. At least one such event must have been published.
	 */
	static void awaitEventsHandled(JdbcClient jdbc, Object subject) {
		String mention = "%" + subject + "%";
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :mention")
			.param("mention", mention)
			.query(Long.class)
			.single()).as("events that mention %s", subject).isPositive();
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and serialized_event like :mention""")
				.param("mention", mention)
				.query(Long.class)
				.single()).as("incomplete publications of events that mention %s", subject).isZero());
	}

	void awaitEventsHandled(Object subject) {
		awaitEventsHandled(this.jdbc, subject);
	}

	record Email(String key, String subject, String body) {

	}

	/**
	 * A caller for service calls.
	 */
	record Caller(UUID personId, String email, boolean admin) implements TandemPrincipal {

		static final Caller ADMIN = new Caller(UUID.randomUUID(), "admin@example.org", true);

		static Caller of(Person person) {
			return new Caller(person.id().value(), person.email(), false);
		}

	}

}
