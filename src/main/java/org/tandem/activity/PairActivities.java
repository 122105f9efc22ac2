package org.tandem.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pair's checklist of its program's activities. Only the mentor and the mentee read and
 * write it, reflections included; to anyone else, the program's committee and
 * administrators too, the checklist does not exist (they get counts from
 * {@link ActivityCounts}).
 */
@Service
public class PairActivities {

	/** More than a catalogue holds, for the retired activities a pair did. */
	static final int MAX_ITEMS = 300;

	private final Pairings pairings;

	private final PairActivityRepository pairActivities;

	private final Clock clock;

	PairActivities(Pairings pairings, PairActivityRepository pairActivities, Clock clock) {
		this.pairings = pairings;
		this.pairActivities = pairActivities;
		this.clock = clock;
	}

	/**
	 * The pair's checklist: the activities its program suggests now, in the committee's
	 * order, and the retired ones the pair did, each with what the pair recorded.
	 * @throws NotFoundException unless the caller is the pairing's mentor or mentee
	 */
	@Transactional(readOnly = true)
	public Checklist of(PairingId id, TandemPrincipal me) {
		Pairing pairing = member(id, me);
		return new Checklist(pairing, this.pairActivities.checklist(pairing, MAX_ITEMS).get());
	}

	/**
	 * The checklist for a page that has loaded the pairing already through its access
	 * check (the pairing's workspace): empty unless the caller is its mentor or mentee,
	 * so the committee's view of the same page simply has none. Read with the page's
	 * other reads when first asked for.
	 */
	public Supplier<Optional<Checklist>> ofMember(Pairing pairing, TandemPrincipal me) {
		if (!pairing.hasMember(me.personId())) {
			return Optional::empty;
		}
		Supplier<List<ChecklistItem>> items = this.pairActivities.checklist(pairing, MAX_ITEMS);
		return () -> Optional.of(new Checklist(pairing, items.get()));
	}

	/**
	 * Records whether the pair did an activity, on which day (today if left out when
	 * ticking; unticking clears it) and their reflection.
	 * @throws NotFoundException unless the caller is the pairing's mentor or mentee, or
	 * if the activity is not on their checklist
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public ChecklistItem tick(PairingId id, ActivityId activityId, TandemPrincipal me, ActivityTick tick) {
		member(id, me);
		// the pairing's row stays locked until the end: a close at the same moment waits
		// or
		// makes this fail with 409
		Pairing pairing = this.pairings.lockActive(id, me,
				"This pairing is closed; its checklist can no longer change.");
		ChecklistItem item = this.pairActivities.item(pairing, activityId)
			.orElseThrow(() -> new NotFoundException("No such activity."));
		LocalDate today = LocalDate.now(this.clock);
		List<FieldError> problems = ActivityRules.check(tick, pairing.startedOn(), today);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean done = Boolean.TRUE.equals(tick.done());
		LocalDate doneOn = null;
		if (done) {
			doneOn = (tick.doneOn() != null) ? tick.doneOn()
					: (item.done() && item.doneOn() != null) ? item.doneOn() : today;
		}
		String reflection = (tick.reflection() != null) ? ActivityRules.stored(tick.reflection()) : item.reflection();
		ChecklistItem saved = new ChecklistItem(item.activity(), done, doneOn, reflection);
		this.pairActivities.save(id, saved, this.clock.instant());
		return saved;
	}

	private Pairing member(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.visible(id, me);
		if (!pairing.hasMember(me.personId())) {
			// the committee knows the pairing, but not that its checklist exists
			throw new NotFoundException("No such pairing.");
		}
		return pairing;
	}

	/**
	 * A pair's checklist.
	 */
	public record Checklist(Pairing pairing, List<ChecklistItem> items) {

		public PairingId pairingId() {
			return this.pairing.id();
		}

		public boolean closed() {
			return this.pairing.closed();
		}

		public long done() {
			return this.items.stream().filter(ChecklistItem::done).count();
		}

	}

}
