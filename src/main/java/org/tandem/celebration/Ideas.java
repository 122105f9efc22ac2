package org.tandem.celebration;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.tandem.celebration.IdeaRepository.IdeaRef;
import org.tandem.celebration.IdeaRepository.IdeaRow;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's idea board, "ways to engage". Everyone who belongs to the program (its
 * active mentors, mentees and committee, and administrators) posts ideas and votes for
 * other people's, once each; an author's own idea counts without their vote. The
 * committee features the best ones for the program's page and hides one that does not
 * belong; a hidden idea exists only for the committee. To anyone outside the program the
 * board does not exist.
 */
@Service
public class Ideas {

	/** The most featured ideas {@link #featured} gives at once. */
	public static final int FEATURED_MAX = 20;

	private final ProgramMembership membership;

	private final IdeaRepository ideas;

	private final Clock clock;

	Ideas(ProgramMembership membership, IdeaRepository ideas, Clock clock) {
		this.membership = membership;
		this.ideas = ideas;
		this.clock = clock;
	}

	/**
	 * Posts an idea on the program's board.
	 * @throws NotFoundException unless the caller belongs to the program
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Idea post(ProgramId program, TandemPrincipal me, NewIdea idea) {
		this.membership.of(program, me);
		List<FieldError> problems = IdeaRules.check(idea);
		String title = IdeaRules.stored(idea.title());
		if (!problems.isEmpty() || title == null) {
			throw new InvalidInputException(problems);
		}
		IdeaId id = new IdeaId(UUID.randomUUID());
		this.ideas.insert(id, program, me.personId(), title, IdeaRules.stored(idea.body()), this.clock.instant());
		return one(id, me);
	}

	/**
	 * Votes for an idea, once.
	 * @throws NotFoundException unless the caller belongs to the idea's program and may
	 * see the idea
	 * @throws ForbiddenException for the idea's own author
	 * @throws ConflictException if the caller voted for it already, or if it is hidden
	 */
	@Transactional
	public Idea vote(IdeaId id, TandemPrincipal me) {
		IdeaRef idea = visible(id, me);
		if (idea.authorId().equals(me.personId())) {
			throw new ForbiddenException("Your own idea counts without your vote.");
		}
		if (idea.hidden()) {
			throw new ConflictException("The idea is hidden; it takes no votes.");
		}
		if (!this.ideas.vote(id, me.personId(), this.clock.instant())) {
			throw new ConflictException("You voted for this idea already.");
		}
		return one(id, me);
	}

	/**
	 * Features an idea on the program's page, or stops featuring it.
	 * @throws NotFoundException unless the caller belongs to the program
	 * @throws ForbiddenException unless they manage it
	 * @throws ConflictException when featuring a hidden idea
	 */
	@Transactional
	public Idea feature(IdeaId id, TandemPrincipal me, boolean featured) {
		IdeaRef idea = managed(id, me);
		if (featured && idea.hidden()) {
			throw new ConflictException("A hidden idea cannot be featured; show it again first.");
		}
		this.ideas.feature(id, featured ? this.clock.instant() : null);
		return one(id, me);
	}

	/**
	 * Hides an idea from everyone but the committee (and stops featuring it), or shows it
	 * again.
	 * @throws NotFoundException unless the caller belongs to the program
	 * @throws ForbiddenException unless they manage it
	 */
	@Transactional
	public Idea hide(IdeaId id, TandemPrincipal me, boolean hidden) {
		managed(id, me);
		if (hidden) {
			this.ideas.feature(id, null);
		}
		this.ideas.hide(id, hidden ? this.clock.instant() : null);
		return one(id, me);
	}

	/**
	 * The board: one page of the program's ideas, most votes first; the committee also
	 * sees the hidden ones.
	 * @throws NotFoundException unless the caller belongs to the program
	 */
	@Transactional(readOnly = true)
	public Board board(ProgramId program, TandemPrincipal me, Paging paging) {
		ProgramMembership.Member member = this.membership.of(program, me);
		boolean all = member.manages();
		List<IdeaRow> rows = this.ideas.page(program, me.personId(), all, paging.size(), paging.offset());
		return new Board(member.program(), all,
				new PageResponse<>(named(rows), paging.page(), paging.size(), this.ideas.count(program, all)));
	}

	/**
	 * The program's featured ideas for its page: empty for a viewer who sees the program
	 * but does not belong to it (while enrollment is open, say). Access is checked at
	 * once; the read then waits to travel with the request's other reads
	 * ({@code PipelinedReads}) and is sent by the first {@code get()} of any of them.
	 * @param limit how many at most, 1 to {@value #FEATURED_MAX}
	 * @throws NotFoundException if the caller may not see the program at all
	 */
	public Supplier<List<Idea>> featuredFor(ProgramId program, TandemPrincipal me, int limit) {
		return this.membership.belongs(program, me) ? featuredRead(program, limit) : List::of;
	}

	/**
	 * The program's featured ideas, most votes first, for its page and its celebration.
	 * Checks no access: the caller has established that the viewer belongs to the
	 * program.
	 * @param limit how many at most, 1 to {@value #FEATURED_MAX}
	 */
	public List<Idea> featured(ProgramId program, int limit) {
		return featuredRead(program, limit).get();
	}

	/** {@link #featured}, as a read that waits to travel with the request's others. */
	private Supplier<List<Idea>> featuredRead(ProgramId program, int limit) {
		if (limit < 1 || limit > FEATURED_MAX) {
			throw new IllegalArgumentException("limit must be between 1 and " + FEATURED_MAX);
		}
		Supplier<List<IdeaRow>> rows = this.ideas.featured(program, limit);
		return () -> named(rows.get());
	}

	/** The idea, its row locked, if the caller may see it. */
	private IdeaRef visible(IdeaId id, TandemPrincipal me) {
		return acting(id, me, false);
	}

	private IdeaRef managed(IdeaId id, TandemPrincipal me) {
		return acting(id, me, true);
	}

	private IdeaRef acting(IdeaId id, TandemPrincipal me, boolean manage) {
		IdeaRef idea = this.ideas.lock(id).orElseThrow(Ideas::notFound);
		boolean manages = this.membership.of(idea.programId(), me).manages();
		if (idea.hidden() && !manages) {
			throw notFound();
		}
		if (manage && !manages) {
			throw new ForbiddenException("Only the program's committee features or hides ideas.");
		}
		return idea;
	}

	private Idea one(IdeaId id, TandemPrincipal me) {
		return named(List.of(this.ideas.find(id, me.personId()).orElseThrow(Ideas::notFound))).get(0);
	}

	/** The rows with their authors' names: one query for the whole list. */
	private static List<Idea> named(List<IdeaRow> rows) {
		return rows.stream().map((row) -> row.named("A former member")).toList();
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No such idea.");
	}

	/**
	 * A page of a program's ideas, and whether the reader manages the program (and so
	 * sees hidden ideas and features them).
	 */
	public record Board(Program program, boolean manages, PageResponse<Idea> ideas) {

	}

}
