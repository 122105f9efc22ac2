package org.tandem.goal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goals of a pairing and the comments on them. Either member sets a goal for either
 * of them (mentoring is reciprocal: mentors have learning goals too), and both may change
 * any goal of the pair and comment on it, because the goals are the pair's shared plan.
 * To anyone else, the program's committee and administrators included, goals and comments
 * do not exist: they get 404, and see only {@link #countsOf counts}. A closed pairing's
 * goals stay readable to the pair and take no more changes (409).
 */
@Service
public class Goals {

	private static final String CLOSED = "This pairing is closed; its goals can still be read but no longer changed.";

	private final Pairings pairings;

	private final GoalRepository goals;

	private final Clock clock;

	Goals(Pairings pairings, GoalRepository goals, Clock clock) {
		this.pairings = pairings;
		this.goals = goals;
		this.clock = clock;
	}

	/**
	 * Sets a goal of the caller or, with {@code ownerId}, of their partner.
	 * @throws NotFoundException if the caller is not one of the pair
	 * @throws ConflictException if the pairing is closed or has
	 * {@value GoalRules#MAX_GOALS} goals already
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Goal add(PairingId id, TandemPrincipal me, NewGoal request) {
		Pairing pairing = writable(id, me);
		List<FieldError> problems = new ArrayList<>();
		GoalRules.title(request.title(), problems);
		GoalRules.description(request.description(), problems);
		GoalRules.targetOn(request.targetOn(), pairing.startedOn(), LocalDate.now(this.clock), problems);
		UUID owner = (request.ownerId() != null) ? request.ownerId() : me.personId();
		if (!pairing.hasMember(owner)) {
			problems.add(new FieldError("ownerId", "must be the mentor or the mentee of this pairing"));
		}
		List<Milestone> milestones = GoalRules.milestones(
				request.milestones().stream().map((title) -> new GoalChange.MilestoneInput(title, false)).toList(),
				problems);
		if (!problems.isEmpty() || milestones == null || request.title() == null) {
			throw new InvalidInputException(problems);
		}
		if (this.goals.count(id) >= GoalRules.MAX_GOALS) {
			throw new ConflictException("title", "This pairing has " + GoalRules.MAX_GOALS
					+ " goals already; mark some achieved or dropped and keep working on those.");
		}
		Instant now = this.clock.instant();
		Goal goal = new Goal(new GoalId(UUID.randomUUID()), id, owner, GoalRules.stored(request.title()),
				GoalRules.storedOrNone(request.description()), request.targetOn(), 0, GoalStatus.OPEN, milestones, 0,
				me.personId(), now, now);
		this.goals.insert(goal);
		return goal;
	}

	/**
	 * Changes a goal of the pair. Marking it achieved without a progress in the same
	 * change sets the progress to 100.
	 * @throws NotFoundException if there is no such goal or the caller is not one of the
	 * pair
	 * @throws ConflictException if the pairing is closed, or the goal changed since the
	 * version the change names
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Goal change(GoalId goalId, TandemPrincipal me, GoalChange change) {
		PairingId id = this.goals.pairingOf(goalId).orElseThrow(Goals::noSuchGoal);
		Pairing pairing = writable(id, me);
		Goal goal = this.goals.lock(id, goalId).orElseThrow(Goals::noSuchGoal);
		List<FieldError> problems = new ArrayList<>();
		if (change.title() != null) {
			GoalRules.title(change.title(), problems);
		}
		GoalRules.description(change.description(), problems);
		GoalRules.targetOn(change.targetOn(), pairing.startedOn(), LocalDate.now(this.clock), problems);
		GoalRules.progress(change.progress(), problems);
		GoalStatus status = GoalRules.status(change.status(), problems);
		List<Milestone> milestones = (change.milestones() != null) ? GoalRules.milestones(change.milestones(), problems)
				: goal.milestones();
		if (!problems.isEmpty() || milestones == null) {
			throw new InvalidInputException(problems);
		}
		if (change.expectedVersion() != null && change.expectedVersion() != goal.version()) {
			throw new ConflictException("version", "This goal was changed meanwhile, perhaps by your partner.");
		}
		GoalStatus newStatus = (status != null) ? status : goal.status();
		int progress = (change.progress() != null) ? change.progress()
				: (newStatus == GoalStatus.ACHIEVED && goal.status() != GoalStatus.ACHIEVED) ? 100 : goal.progress();
		Goal changed = goal.changed((change.title() != null) ? GoalRules.stored(change.title()) : goal.title(),
				(change.description() != null) ? GoalRules.storedOrNone(change.description()) : goal.description(),
				change.clearTargetOn() ? null : (change.targetOn() != null) ? change.targetOn() : goal.targetOn(),
				progress, newStatus, milestones, this.clock.instant());
		this.goals.update(changed);
		return changed;
	}

	/**
	 * The goal with its pairing.
	 * @throws NotFoundException if there is no such goal or the caller is not one of the
	 * pair
	 */
	@Transactional(readOnly = true)
	public Reading find(GoalId goalId, TandemPrincipal me) {
		PairingId id = this.goals.pairingOf(goalId).orElseThrow(Goals::noSuchGoal);
		Pairing pairing = member(id, me);
		return new Reading(pairing, this.goals.find(id, goalId).orElseThrow(Goals::noSuchGoal));
	}

	/**
	 * One page of the pairing's goals, in the order they were set.
	 * @throws NotFoundException if the caller is not one of the pair
	 */
	@Transactional(readOnly = true)
	public PageResponse<Goal> list(PairingId id, TandemPrincipal me, Paging paging) {
		member(id, me);
		return new PageResponse<>(this.goals.page(id, paging.size(), paging.offset()).get(), paging.page(),
				paging.size(), this.goals.count(id));
	}

	/**
	 * All goals of the pairing (there are at most {@value GoalRules#MAX_GOALS}), with
	 * their texts, for the pair's own pages: read with the page's other reads
	 * ({@link org.tandem.shared.database.PipelinedReads}) when first asked for.
	 * @throws NotFoundException if the caller is not one of the pair
	 */
	public Supplier<PairGoals> of(PairingId id, TandemPrincipal me) {
		Pairing pairing = member(id, me);
		Supplier<List<Goal>> goals = this.goals.page(id, GoalRules.MAX_GOALS, 0);
		return () -> new PairGoals(pairing, goals.get());
	}

	/**
	 * Adds a comment of the caller to a goal of the pair.
	 * @throws NotFoundException if there is no such goal or the caller is not one of the
	 * pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException if the body is blank or too long
	 */
	@Transactional
	public GoalComment comment(GoalId goalId, TandemPrincipal me, @Nullable String body) {
		PairingId id = this.goals.pairingOf(goalId).orElseThrow(Goals::noSuchGoal);
		writable(id, me);
		String text = GoalRules.comment(body);
		GoalComment comment = new GoalComment(UUID.randomUUID(), goalId, id, me.personId(), text, this.clock.instant());
		this.goals.insertComment(comment, text);
		return comment;
	}

	/**
	 * One page of a goal's comments, newest first.
	 * @throws NotFoundException if there is no such goal or the caller is not one of the
	 * pair
	 */
	@Transactional(readOnly = true)
	public PageResponse<GoalComment> comments(GoalId goalId, TandemPrincipal me, Paging paging) {
		PairingId id = this.goals.pairingOf(goalId).orElseThrow(Goals::noSuchGoal);
		member(id, me);
		return new PageResponse<>(this.goals.comments(id, goalId, paging.size(), paging.offset()), paging.page(),
				paging.size(), this.goals.countComments(goalId));
	}

	/**
	 * How many goals each of the pairings has open, achieved and dropped, with one query
	 * for all of them; {@link GoalCounts#NONE} for a pairing without goals. Checks no
	 * access: for pages that have checked the caller may see these pairings (the
	 * committee's view of its program). It reads no text. Read with the page's other
	 * reads when first asked for.
	 */
	public Supplier<Map<PairingId, GoalCounts>> countsOf(Collection<PairingId> pairings) {
		Supplier<Map<PairingId, GoalCounts>> read = this.goals.counts(pairings);
		return () -> {
			Map<PairingId, GoalCounts> counts = read.get();
			pairings.forEach((pairing) -> counts.putIfAbsent(pairing, GoalCounts.NONE));
			return counts;
		};
	}

	/**
	 * The pairing if the caller is its mentor or mentee; to anyone else, the committee
	 * included, it is not found.
	 */
	private Pairing member(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.visible(id, me);
		if (!pairing.hasMember(me.personId())) {
			throw new NotFoundException("No such pairing.");
		}
		return pairing;
	}

	/**
	 * The pairing, locked until the transaction ends, so that a close at the same moment
	 * waits for this change or makes it fail with 409.
	 */
	private Pairing writable(PairingId id, TandemPrincipal me) {
		member(id, me);
		return this.pairings.lockActive(id, me, CLOSED);
	}

	private static NotFoundException noSuchGoal() {
		return new NotFoundException("No such goal.");
	}

	/**
	 * A goal and the pairing it belongs to.
	 */
	public record Reading(Pairing pairing, Goal goal) {

	}

}
