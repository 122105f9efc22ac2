package org.tandem.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonEdit;
import org.tandem.person.PersonId;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.TandemProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code TANDEM_DEMO=true}, seeds the demo program and prints the demo sign-ins, but
 * only into a database that holds nobody, or only its first administrator: the demo
 * password is published, so demo accounts must never sit beside real people. Runs after
 * the first administrator is set up; creates a demo administrator only on an empty
 * database.
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

	static final String PASSWORD = "mentoring-demo-2026";

	static final String DOMAIN = "demo.tandem.example";

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final boolean enabled;

	private final People people;

	private final Accounts accounts;

	private final Programs programs;

	private final TransactionTemplate transaction;

	private final String domain;

	@Autowired
	DemoSeeder(TandemProperties properties, People people, Accounts accounts, Programs programs,
			PlatformTransactionManager transactions) {
		this(properties.demo(), people, accounts, programs, transactions, DOMAIN);
	}

	DemoSeeder(boolean enabled, People people, Accounts accounts, Programs programs,
			PlatformTransactionManager transactions, String domain) {
		this.domain = domain;
		this.enabled = enabled;
		this.people = people;
		this.accounts = accounts;
		this.programs = programs;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Boolean adminCreated = this.transaction.execute((status) -> {
			Seeding seeding = Seeding.decide(this.people.count(), this.accounts.anyAdminExists());
			if (seeding == Seeding.NONE) {
				return null;
			}
			seed(seeding == Seeding.WITH_ADMINISTRATOR);
			return seeding == Seeding.WITH_ADMINISTRATOR;
		});
		if (adminCreated == null) {
			log.warn("TANDEM_DEMO is set but the database already holds people; the demo is not seeded, because "
					+ "its accounts share a published password.");
			return;
		}
		printSignIns(adminCreated);
	}

	/**
	 * Whether and how the demo may be seeded.
	 */
	enum Seeding {

		/** An empty database: the demo people and a demo administrator. */
		WITH_ADMINISTRATOR,
		/**
		 * Only the first administrator is there: the demo people, no other administrator.
		 */
		WITHOUT_ADMINISTRATOR,
		/** Real people are there: nothing. */
		NONE;

		static Seeding decide(long people, boolean anyAdministrator) {
			if (people == 0) {
				return WITH_ADMINISTRATOR;
			}
			return (people == 1 && anyAdministrator) ? WITHOUT_ADMINISTRATOR : NONE;
		}

	}

	/**
	 * Seeds everything in the caller's transaction, so a failure leaves the database as
	 * it was.
	 */
	void seed(boolean createAdmin) {
		if (createAdmin) {
			Person admin = this.people.create("admin@" + this.domain, "Demo Administrator");
			this.accounts.setPassword(admin.id().value(), PASSWORD);
			this.accounts.grantAdmin(admin.id().value());
		}
		Map<String, Person> byKey = new HashMap<>();
		for (DemoPerson demo : DemoData.people()) {
			Person person = this.people.create(demo.email(this.domain), demo.name());
			this.accounts.setPassword(person.id().value(), PASSWORD);
			byKey.put(demo.key(), person);
		}
		for (DemoPerson demo : DemoData.people()) {
			Person person = byKey.get(demo.key());
			PersonId supervisor = demo.supervisorKey() == null ? null : byKey.get(demo.supervisorKey()).id();
			this.people.update(person.id(),
					new PersonEdit(demo.name(), demo.email(this.domain), supervisor,
							new Person.Profile(demo.pronouns(), demo.title(), demo.department(), demo.location(),
									demo.introduction(), null, demo.expertise(), demo.interests(), demo.languages(),
									null, null, null),
							null));
		}
		Program program = this.programs.create(new Program.Settings(DemoData.PROGRAM_NAME, DemoData.PROGRAM_DESCRIPTION,
				LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30), Program.DEFAULT_CADENCE_MIN_DAYS,
				Program.DEFAULT_CADENCE_MAX_DAYS, Program.DEFAULT_FIRST_CONTACT_DAYS, true));
		for (DemoPerson demo : DemoData.people()) {
			if (demo.role() != null) {
				this.programs.enroll(program.id(), byKey.get(demo.key()).id().value(), Role.valueOf(demo.role()),
						demo.capacity(), new Participant.Profile(demo.expertise(), demo.interests(), demo.goals(),
								demo.meetingFormats(), demo.location(), demo.languages()));
			}
		}
	}

	private void printSignIns(boolean adminCreated) {
		StringBuilder text = new StringBuilder("\n\n  The demo program \"" + DemoData.PROGRAM_NAME
				+ "\" is ready. Every demo person signs in with the password " + PASSWORD + "\n");
		if (adminCreated) {
			text.append(String.format("    %-12s %s%n", "admin", "admin@" + this.domain));
			text.append("  (A setup link printed above is no longer needed: the demo administrator replaces it.)\n");
		}
		for (DemoPerson demo : DemoData.people()) {
			if (demo.role() != null) {
				text.append(String.format("    %-12s %s (%s)%n", demo.role().toLowerCase(), demo.email(this.domain),
						demo.name()));
			}
		}
		log.warn(text.toString());
	}

}
