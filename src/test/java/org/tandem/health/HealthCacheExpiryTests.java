package org.tandem.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.PairingId;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a {@link HealthCache} entry is used again and when it is computed anew, on a clock
 * the test moves: the time-to-live, the day, the program's settings, the events' drops,
 * and the bound on its size.
 */
@IntegrationTest
class HealthCacheExpiryTests {

	static final Duration TTL = Duration.ofSeconds(45);

	@Autowired
	PairWorlds worlds;

	@Autowired
	Programs programs;

	@Autowired
	HealthReports reports;

	PairWorld world;

	Program program;

	ProgramHealth health;

	MovableClock clock;

	HealthCache cache;

	AtomicInteger computed = new AtomicInteger();

	PairingId pairing = new PairingId(java.util.UUID.randomUUID());

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.program = this.programs.create(PairWorld.settings("Cache expiry", PairWorld.today().minusMonths(2)));
		this.programs.enroll(this.program.id(), this.world.committee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
		this.health = this.reports.figures(this.program.id(), PairWorld.as(this.world.committee));
		this.clock = new MovableClock(Instant.parse("2027-01-14T10:00:00Z"));
		this.cache = new HealthCache(this.clock, TTL, 3);
	}

	private ProgramHealth get(Program program, HealthFilter filter) {
		return this.cache.get(new HealthCache.Key(program.id(), filter, false), program, () -> {
			this.computed.incrementAndGet();
			return new HealthCache.Computed(this.health, Set.of(this.pairing));
		});
	}

	private ProgramHealth get() {
		return get(this.program, HealthFilter.WHOLE_PROGRAM);
	}

	@Test
	void anEntryServesUntilItsTimeToLiveEnds() {
		get();
		this.clock.advance(TTL.minusSeconds(1));
		get();
		assertThat(this.computed).hasValue(1);
		this.clock.advance(Duration.ofSeconds(1));
		get();
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void whileAnExpiredEntryIsComputedAnewOtherViewsGetThePreviousFigures() {
		get();
		this.clock.advance(TTL);
		ProgramHealth[] meanwhile = new ProgramHealth[1];
		this.cache.get(new HealthCache.Key(this.program.id(), HealthFilter.WHOLE_PROGRAM, false), this.program, () -> {
			this.computed.incrementAndGet();
			// another view while this one computes: no second computation, no wait
			meanwhile[0] = get();
			return new HealthCache.Computed(this.health, Set.of(this.pairing));
		});
		assertThat(this.computed).hasValue(2);
		assertThat(meanwhile[0]).isNotNull();

		// dropped by an event: never served again, the next view computes
		this.cache.invalidate(this.pairing);
		this.cache.get(new HealthCache.Key(this.program.id(), HealthFilter.WHOLE_PROGRAM, false), this.program, () -> {
			this.computed.incrementAndGet();
			assertThat(this.cache.size()).isEqualTo(1);
			return new HealthCache.Computed(this.health, Set.of(this.pairing));
		});
		assertThat(this.computed).hasValue(3);
	}

	@Test
	void aNewDayComputesAnew() {
		this.clock.set(Instant.parse("2027-01-14T23:59:50Z"));
		get();
		this.clock.advance(Duration.ofSeconds(15));
		get();
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void changedSettingsComputeAnewAndTheProgramIsTheOneJustRead() {
		get();
		Program renamed = this.programs.update(this.program.id(), PairWorld.ADMINISTRATOR,
				(settings) -> new Program.Settings("Renamed " + settings.name(), settings.description(),
						settings.startsOn(), settings.endsOn(), settings.cadenceMinDays(), settings.cadenceMaxDays(),
						settings.firstContactDays(), settings.enrollmentOpen()));
		assertThat(get(renamed, HealthFilter.WHOLE_PROGRAM).program().name()).startsWith("Renamed ");
		assertThat(this.computed).hasValue(2);
	}

	@Test
	void eventsDropTheEntriesOfTheirProgramOrPairing() {
		get();
		this.cache.invalidate(new PairingId(java.util.UUID.randomUUID()));
		get();
		assertThat(this.computed).as("another pairing").hasValue(1);
		this.cache.invalidate(this.pairing);
		get();
		assertThat(this.computed).as("its pairing").hasValue(2);
		this.cache.invalidate(this.world.program.id());
		get();
		assertThat(this.computed).as("another program").hasValue(2);
		this.cache.invalidate(this.program.id());
		get();
		assertThat(this.computed).as("its program").hasValue(3);
	}

	@Test
	void theCacheKeepsAtMostItsBoundAndAZeroTimeToLiveKeepsNothing() {
		for (String department : new String[] { "a", "b", "c", "d", "e" }) {
			get(this.program, new HealthFilter(HealthPeriod.TERM, null, null, department));
			this.clock.advance(Duration.ofSeconds(1));
		}
		assertThat(this.cache.size()).isLessThanOrEqualTo(3);

		HealthCache off = new HealthCache(this.clock, Duration.ZERO, 3);
		AtomicInteger calls = new AtomicInteger();
		for (int i = 0; i < 2; i++) {
			off.get(new HealthCache.Key(this.program.id(), HealthFilter.WHOLE_PROGRAM, false), this.program, () -> {
				calls.incrementAndGet();
				return new HealthCache.Computed(this.health, Set.of());
			});
		}
		assertThat(calls).hasValue(2);
		assertThat(off.size()).isZero();
	}

	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
