package org.tandem.demo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoSeederTests {

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	Programs programs;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void seedsACommitteeEightMentorsAndTwelveMenteesWithSupervisors() {
		String domain = "demo-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		DemoSeeder seeder = new DemoSeeder(true, this.people, this.accounts, this.programs, this.transactions, domain);

		seeder.seed(false);

		Person chair = this.people.findByEmail("committee.chair@" + domain).orElseThrow();
		List<Participant> chairRoles = this.programs.participationsOf(chair.id().value());
		assertThat(chairRoles).singleElement().satisfies((p) -> {
			assertThat(p.role()).isEqualTo(Role.COMMITTEE);
			assertThat(p.status()).isEqualTo(ParticipantStatus.ACTIVE);
		});
		long mentors = DemoData.people().stream().filter((d) -> "MENTOR".equals(d.role())).count();
		long mentees = DemoData.people().stream().filter((d) -> "MENTEE".equals(d.role())).count();
		assertThat(mentors).isEqualTo(8);
		assertThat(mentees).isEqualTo(12);
		Person mentee = this.people.findByEmail("e.patel@" + domain).orElseThrow();
		Person supervisor = this.people.findByEmail("m.garcia@" + domain).orElseThrow();
		assertThat(mentee.supervisorId()).isEqualTo(supervisor.id());
		assertThat(mentee.department()).isEqualTo("Research & Instruction");
		assertThat(this.programs.participationsOf(mentee.id().value())).singleElement()
			.satisfies((p) -> assertThat(p.profile().goals()).isNotBlank());
		assertThat(this.accounts.hasPassword(mentee.id().value())).isTrue();
	}

	@Test
	void seedsNothingIntoADatabaseThatHoldsPeople() throws Exception {
		String domain = "demo-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.people.create("real-" + UUID.randomUUID() + "@example.org", "A Real Person");
		long before = this.people.count();
		DemoSeeder seeder = new DemoSeeder(true, this.people, this.accounts, this.programs, this.transactions, domain);

		seeder.run(null);

		assertThat(this.people.findByEmail("committee.chair@" + domain)).isEmpty();
		assertThat(this.people.findByEmail("admin@" + domain)).as("no demo administrator").isEmpty();
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void onlyAnEmptyDatabaseOrOneWithOnlyItsFirstAdministratorIsSeeded() {
		assertThat(DemoSeeder.Seeding.decide(0, false)).isEqualTo(DemoSeeder.Seeding.WITH_ADMINISTRATOR);
		assertThat(DemoSeeder.Seeding.decide(1, true)).isEqualTo(DemoSeeder.Seeding.WITHOUT_ADMINISTRATOR);
		assertThat(DemoSeeder.Seeding.decide(1, false)).as("one person who is no administrator")
			.isEqualTo(DemoSeeder.Seeding.NONE);
		assertThat(DemoSeeder.Seeding.decide(2, true)).as("an administrator and someone else")
			.isEqualTo(DemoSeeder.Seeding.NONE);
		assertThat(DemoSeeder.Seeding.decide(500, true)).isEqualTo(DemoSeeder.Seeding.NONE);
	}

}
