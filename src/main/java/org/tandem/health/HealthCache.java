package org.tandem.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;

/**
 * The computed health figures per program, filter and variant, for a short time: the
 * aggregates over thousands of pairings cost far more than a page view, and a committee
 * member reads "figures as of HH:mm" on the page. An entry is used only while it is
 * younger than the time-to-live, for the same day and for the program's current settings
 * (term and cadence); the events that change the figures drop the entries they touch
 * ({@link HealthCacheInvalidation}). It checks no access: callers check the viewer's
 * rights on every request first, and only then read it. Bounded: past {@code maxEntries}
 * the entries that expire soonest go.
 * <p>
 * Concurrent requests for a missing entry wait for one computation instead of each
 * running the aggregates. When an entry's time runs out, the first request computes it
 * anew and the others meanwhile get the previous figures (so the figures are at most the
 * time-to-live plus one computation old); an entry dropped by an event, a new day or
 * changed settings is never served again.
 */
class HealthCache {

	private final Clock clock;

	private final Duration ttl;

	private final int maxEntries;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	HealthCache(Clock clock, Duration ttl, int maxEntries) {
		this.clock = clock;
		this.ttl = ttl;
		this.maxEntries = maxEntries;
	}

	/**
	 * The figures for the key, computed by {@code compute} if no fresh entry is there.
	 * @param program the program as the access check just read it
	 */
	ProgramHealth get(Key key, Program program, Supplier<Computed> compute) {
		if (this.ttl.isZero() || this.ttl.isNegative()) {
			return compute.get().health();
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		Entry entry = this.entries.get(key);
		while (entry == null || !entry.fresh(now, today, program.settings())) {
			Computed stale = (entry != null && entry.sameView(today, program.settings())) ? entry.done() : null;
			Entry created = new Entry(new CompletableFuture<>(), now.plus(this.ttl), today, program.settings(), stale);
			boolean mine = (entry == null) ? this.entries.putIfAbsent(key, created) == null
					: this.entries.replace(key, entry, created);
			if (mine) {
				trim();
				try {
					created.value().complete(compute.get());
				}
				catch (RuntimeException | Error ex) {
					this.entries.remove(key, created);
					created.value().completeExceptionally(ex);
					throw ex;
				}
				return created.value().join().health().with(program);
			}
			entry = this.entries.get(key);
		}
		if (!entry.value().isDone() && entry.previous() != null) {
			// being computed anew after its time ran out: the previous figures meanwhile
			return entry.previous().health().with(program);
		}
		try {
			return entry.value().join().health().with(program);
		}
		catch (CompletionException ex) {
			// another request's computation failed: compute for this one alone
			return compute.get().health().with(program);
		}
	}

	/** Drops the entries of a program. */
	void invalidate(ProgramId program) {
		this.entries.keySet().removeIf((key) -> key.program().equals(program));
	}

	/** Drops the entries whose program has the pairing (or might: still computing). */
	void invalidate(PairingId pairing) {
		this.entries.values().removeIf((entry) -> {
			Computed computed = entry.value().getNow(null);
			return computed == null || computed.pairings().contains(pairing);
		});
	}

	/** Drops every entry. */
	void invalidateAll() {
		this.entries.clear();
	}

	int size() {
		return this.entries.size();
	}

	private void trim() {
		if (this.entries.size() <= this.maxEntries) {
			return;
		}
		Instant now = this.clock.instant();
		this.entries.values().removeIf((entry) -> !entry.expires().isAfter(now));
		while (this.entries.size() > this.maxEntries) {
			this.entries.entrySet()
				.stream()
				.min(Comparator.comparing((Map.Entry<Key, Entry> e) -> e.getValue().expires()))
				.ifPresent((oldest) -> this.entries.remove(oldest.getKey(), oldest.getValue()));
		}
	}

	/**
	 * What the figures are for.
	 *
	 * @param evaluations whether they carry the evaluation aggregates (the page) or only
	 * the pulse (the API)
	 */
	record Key(ProgramId program, HealthFilter filter, boolean evaluations) {

	}

	/**
	 * Computed figures and every pairing of the program, whose events drop them.
	 */
	record Computed(ProgramHealth health, Set<PairingId> pairings) {

	}

	/**
	 * @param previous the figures this entry replaces after their time ran out, served
	 * while it is computed
	 */
	private record Entry(CompletableFuture<Computed> value, Instant expires, LocalDate day, Program.Settings settings,
			@Nullable Computed previous) {

		boolean fresh(Instant now, LocalDate today, Program.Settings current) {
			return now.isBefore(this.expires) && sameView(today, current);
		}

		boolean sameView(LocalDate today, Program.Settings current) {
			return this.day.equals(today) && this.settings.equals(current);
		}

		@Nullable Computed done() {
			return (this.value.isDone() && !this.value.isCompletedExceptionally()) ? this.value.join() : null;
		}

	}

}
