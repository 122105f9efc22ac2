package org.tandem.program;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class EnrollmentServiceTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TransactionTemplate transactions;

	ProgramTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
	}

	@Test
	void enrollCreatesAnActiveParticipantWithANormalizedProfile() {
		Program program = this.support.program(false);
		Person person = this.fixtures.person("Eve Enrolled");
		Participant participant = this.programs.enroll(program.id(), person.id().value(), Role.MENTOR, 3,
				new Participant.Profile(List.of(" maps ", "maps", ""), List.of(), "  ", List.of("PHONE"), null,
						List.of()));
		assertThat(participant.status()).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(participant.capacity()).isEqualTo(3);
		assertThat(participant.profile().expertise()).containsExactly("maps");
		assertThat(participant.profile().goals()).isNull();
		assertThat(this.programs.participationsOf(person.id().value())).extracting(Participant::id)
			.containsExactly(participant.id());
	}

	@Test
	void enrollRefusesDuplicatesUnknownPeopleAndUnknownPrograms() {
		Program program = this.support.program(false);
		Person person = this.support.member(program, Role.MENTEE, "Dora Double");
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.programs.enroll(program.id(),
				person.id().value(), Role.MENTEE, 0, Participant.Profile.empty()));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.programs.enroll(program.id(), UUID.randomUUID(), Role.MENTEE, 0,
					Participant.Profile.empty()))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field)
				.containsExactly("personId"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.programs.enroll(new ProgramId(UUID.randomUUID()), person.id().value(), Role.MENTEE,
					0, Participant.Profile.empty()));
	}

	/**
	 * The second request checks for a duplicate while the first has inserted but not yet
	 * committed, so only the unique constraint can stop it: it must still be a 409.
	 */
	@Test
	void concurrentDuplicateIsAConflictNotAnError() throws Exception {
		Program program = this.support.program(false);
		Person person = this.fixtures.person("Rita Race");
		CountDownLatch inserted = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		CompletableFuture<Participant> first = CompletableFuture
			.supplyAsync(() -> this.transactions.execute((status) -> {
				Participant participant = this.programs.enroll(program.id(), person.id().value(), Role.MENTEE, 0,
						Participant.Profile.empty());
				inserted.countDown();
				await(commit);
				return participant;
			}));
		assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Participant> second = CompletableFuture.supplyAsync(() -> this.programs.enroll(program.id(),
				person.id().value(), Role.MENTEE, 0, Participant.Profile.empty()));
		// the second enrollment waits on the first one's row lock before the first
		// commits
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || waitingForLocks() > 0);
		commit.countDown();
		assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(ParticipantStatus.ACTIVE);
		assertThat(second).failsWithin(30, TimeUnit.SECONDS)
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOf(ConflictException.class);
		assertThat(this.programs.participationsOf(person.id().value())).hasSize(1);
	}

	private long waitingForLocks() {
		return this.jdbc.sql("select count(*) from pg_locks where not granted").query(Long.class).single();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
