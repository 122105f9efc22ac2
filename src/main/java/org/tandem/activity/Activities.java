package org.tandem.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's catalogue of suggested activities. Whoever sees the program reads it; its
 * committee and administrators keep it.
 */
@Service
public class Activities {

	/**
	 * The most activities a program suggests at once: a checklist, not a curriculum, and
	 * a bound for every list.
	 */
	public static final int MAX_ACTIVITIES = 100;

	private final ActivityRepository activities;

	private final ProgramAccess access;

	private final Programs programs;

	private final Clock clock;

	Activities(ActivityRepository activities, ProgramAccess access, Programs programs, Clock clock) {
		this.activities = activities;
		this.access = access;
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * The activities the program suggests now, in the committee's order.
	 * @throws NotFoundException if the caller may not see the program
	 */
	@Transactional(readOnly = true)
	public List<Activity> of(ProgramId id, TandemPrincipal me) {
		this.access.visible(id, me);
		return this.activities.active(id, MAX_ACTIVITIES);
	}

	/**
	 * The catalogue as its page shows it, with whether the caller keeps it.
	 * @throws NotFoundException if the caller may not see the program
	 */
	@Transactional(readOnly = true)
	public Catalogue catalogue(ProgramId id, TandemPrincipal me) {
		ProgramAccess.View view = this.access.view(id, me);
		List<Activity> list = this.activities.active(id, MAX_ACTIVITIES);
		return new Catalogue(view.program(), view.manages(), list, list.size() >= MAX_ACTIVITIES);
	}

	/**
	 * Checks that the caller keeps the program's catalogue, before a form of theirs is
	 * even read.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	public void checkManaged(ProgramId id, TandemPrincipal me) {
		this.access.managed(id, me);
	}

	/**
	 * Adds an activity at the end of the catalogue.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field at fault
	 * @throws ConflictException if the program suggests {@link #MAX_ACTIVITIES} already
	 */
	@Transactional
	public Activity add(ProgramId id, TandemPrincipal me, ActivityDraft draft) {
		this.access.managed(id, me);
		List<FieldError> problems = ActivityRules.check(draft, true);
		String title = ActivityRules.stored(draft.title());
		if (!problems.isEmpty() || title == null) {
			throw new InvalidInputException(problems);
		}
		// one addition at a time per program, so that two cannot both pass the bound
		this.programs.lock(id);
		if (this.activities.countActive(id) >= MAX_ACTIVITIES) {
			throw new ConflictException("title",
					"The program suggests " + MAX_ACTIVITIES + " activities already; retire one first.");
		}
		Activity activity = new Activity(new ActivityId(UUID.randomUUID()), id, title,
				ActivityRules.stored(draft.description()), this.activities.nextPosition(id), null);
		this.activities.insert(activity, this.clock.instant());
		return activity;
	}

	/**
	 * Changes an activity's title or description. Pairs that ticked it see the new text.
	 * @throws NotFoundException if the caller may not see the program, or it suggests no
	 * such activity (any more)
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public Activity change(ProgramId id, ActivityId activityId, TandemPrincipal me, ActivityDraft draft) {
		Activity activity = managed(id, activityId, me);
		List<FieldError> problems = ActivityRules.check(draft, false);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String title = ActivityRules.stored(draft.title());
		Activity changed = activity.withText((title != null) ? title : activity.title(),
				(draft.description() != null) ? ActivityRules.stored(draft.description()) : activity.description());
		this.activities.update(changed);
		return changed;
	}

	/**
	 * Retires an activity: it leaves the catalogue and the checklists of the pairs that
	 * have not ticked it; the pairs that did keep their record.
	 * @throws NotFoundException if the caller may not see the program, or it suggests no
	 * such activity (any more)
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional
	public Activity retire(ProgramId id, ActivityId activityId, TandemPrincipal me) {
		Activity retired = managed(id, activityId, me).retire(this.clock.instant());
		this.activities.update(retired);
		return retired;
	}

	/**
	 * Moves an activity one place up or down the catalogue; at either end it stays.
	 * @throws NotFoundException if the caller may not see the program, or it suggests no
	 * such activity (any more)
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional
	public Activity move(ProgramId id, ActivityId activityId, TandemPrincipal me, boolean up) {
		this.access.managed(id, me);
		// the program first, then its activities: the order every reordering takes
		this.programs.lock(id);
		Activity activity = this.activities.lockActive(id, activityId)
			.orElseThrow(() -> new NotFoundException("No such activity."));
		List<Activity> order = new ArrayList<>(this.activities.active(id, MAX_ACTIVITIES));
		int from = indexOf(order, activityId);
		int to = up ? from - 1 : from + 1;
		if (from < 0 || to < 0 || to >= order.size()) {
			return activity;
		}
		order.add(to, order.remove(from));
		// positions become 1..n in the new order; only the rows that change are written
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).position() != i + 1) {
				this.activities.update(order.get(i).at(i + 1));
			}
		}
		return order.get(to).at(to + 1);
	}

	private static int indexOf(List<Activity> activities, ActivityId id) {
		for (int i = 0; i < activities.size(); i++) {
			if (activities.get(i).id().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	private Activity managed(ProgramId id, ActivityId activityId, TandemPrincipal me) {
		this.access.managed(id, me);
		return this.activities.lockActive(id, activityId).orElseThrow(() -> new NotFoundException("No such activity."));
	}

	/**
	 * The catalogue page's content.
	 *
	 * @param manages whether the caller keeps the catalogue
	 * @param full whether the program suggests {@link #MAX_ACTIVITIES} already
	 */
	public record Catalogue(Program program, boolean manages, List<Activity> activities, boolean full) {

	}

}
