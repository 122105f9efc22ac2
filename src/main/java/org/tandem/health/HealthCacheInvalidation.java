package org.tandem.health;

import java.time.Clock;

import org.tandem.cadence.AbsenceAnnounced;
import org.tandem.concern.ConcernRaised;
import org.tandem.concern.ConcernRematched;
import org.tandem.meeting.MeetingCancelled;
import org.tandem.meeting.MeetingHeld;
import org.tandem.meeting.MeetingRescheduled;
import org.tandem.pairing.PairingClosed;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.PairingStarted;
import org.tandem.program.ProgramId;
import org.tandem.shared.TandemProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link HealthCache} and the events that drop its entries: a pairing started or
 * closed, a meeting held, cancelled or moved, a concern raised or rematched, an absence
 * announced (it pauses cadences). Each drops the entries at once and again after the
 * publishing transaction commits, so that a view computed in between from the old rows
 * does not stay. Plain listeners, not {@code @ApplicationModuleListener}: dropping an
 * entry needs no event publication row. What changes without an event (goals, activities,
 * agreements, pulses, a concern's answer) shows once the entry expires
 * ({@code tandem.health.cache-ttl}).
 */
@Configuration(proxyBeanMethods = false)
class HealthCacheInvalidation {

	/** More (program, filter) views than a committee looks at within a minute. */
	static final int MAX_ENTRIES = 256;

	@Bean
	HealthCache healthCache(Clock clock, TandemProperties properties) {
		return new HealthCache(clock, properties.health().cacheTtl(), MAX_ENTRIES);
	}

	@Bean
	Listener healthCacheListener(HealthCache cache) {
		return new Listener(cache);
	}

	static final class Listener {

		private final HealthCache cache;

		Listener(HealthCache cache) {
			this.cache = cache;
		}

		@EventListener
		void on(PairingStarted event) {
			drop(event.programId());
		}

		@EventListener
		void on(PairingClosed event) {
			drop(event.pairingId());
		}

		@EventListener
		void on(MeetingHeld event) {
			drop(event.pairingId());
		}

		@EventListener
		void on(MeetingCancelled event) {
			drop(event.pairingId());
		}

		@EventListener
		void on(MeetingRescheduled event) {
			drop(event.pairingId());
		}

		@EventListener
		void on(ConcernRaised event) {
			drop(event.programId());
		}

		@EventListener
		void on(ConcernRematched event) {
			drop(event.programId());
		}

		@EventListener
		void on(AbsenceAnnounced event) {
			now(this.cache::invalidateAll);
		}

		private void drop(ProgramId program) {
			now(() -> this.cache.invalidate(program));
		}

		private void drop(PairingId pairing) {
			now(() -> this.cache.invalidate(pairing));
		}

		private static void now(Runnable drop) {
			drop.run();
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						drop.run();
					}
				});
			}
		}

	}

}
