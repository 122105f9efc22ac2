package org.tandem.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@link Absences} service other features call.
 */
@IntegrationTest
class AbsencesServiceTests {

	@Autowired
	Absences absences;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void concurrentOverlappingAnnouncementsEndAsOneRange() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				UUID person = this.fixtures.person("Racing Absentee").id().value();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Absence>> results = new ArrayList<>();
				for (int i = 0; i < 2; i++) {
					LocalDate from = today.plusDays(i * 5L);
					results.add(pool.submit(() -> {
						start.await();
						return this.absences.announce(person, from, from.plusDays(7), null);
					}));
				}
				start.countDown();
				for (Future<Absence> result : results) {
					result.get();
				}
				assertThat(this.absences.ofPerson(person, new Paging(0, 10)).items()).extracting(Absence::range)
					.containsExactly(new DateRange(today, today.plusDays(12)));
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void forCadenceFindsEveryAbsenceFromTheAnchorOrTodayOn() {
		LocalDate today = LocalDate.now(this.clock);
		Person mentor = this.fixtures.person("Cadence Mentor");
		Person mentee = this.fixtures.person("Cadence Mentee");
		this.absences.announce(mentor.id().value(), today.minusDays(40), today.minusDays(35), null);
		this.absences.announce(mentor.id().value(), today.minusDays(20), today.minusDays(18), null);
		this.absences.announce(mentee.id().value(), today.plusYears(2), today.plusYears(2).plusDays(365), null);
		List<UUID> pair = List.of(mentor.id().value(), mentee.id().value());
		assertThat(this.absences.forCadence(pair, today.minusDays(30), today)).containsExactly(
				new DateRange(today.minusDays(20), today.minusDays(18)),
				new DateRange(today.plusYears(2), today.plusYears(2).plusDays(365)));
		// a contact recorded ahead of today: the window starts today
		assertThat(this.absences.forCadence(pair, today.plusDays(3), today)).hasSize(1);
	}

	@Test
	void unknownPersonIsNotFound() {
		LocalDate today = LocalDate.now(this.clock);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.absences.announce(UUID.randomUUID(), today, today, null));
	}

	@Test
	void notesStayOutOfTextualForms() {
		LocalDate day = LocalDate.of(2026, 5, 1);
		String secret = "confidential-" + UUID.randomUUID();
		assertThat(new Absence(UUID.randomUUID(), UUID.randomUUID(), day, day, secret).toString())
			.doesNotContain(secret);
	}

}
