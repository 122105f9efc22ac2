package org.tandem.resource;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's tip sheets. Whoever sees the program reads them; its committee and
 * administrators keep them. Other features ask for the tip that fits a moment of a
 * pairing.
 */
@Service
public class Tips {

	/** The most tips a program keeps, and a bound for every list. */
	public static final int MAX_TIPS = 100;

	private final TipRepository tips;

	private final ProgramAccess access;

	private final Programs programs;

	private final Clock clock;

	Tips(TipRepository tips, ProgramAccess access, Programs programs, Clock clock) {
		this.tips = tips;
		this.access = access;
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * The program's tip for this moment and a reader in this role: a tip for mentors (or
	 * mentees) before one for both; the committee gets only tips for both. Checks no
	 * access: callers show it to people they know take part in the program. Read with the
	 * page's other reads when first asked for.
	 */
	public Supplier<Optional<Tip>> at(ProgramId program, Moment moment, Role audience) {
		List<Audience> audiences = new ArrayList<>();
		for (Audience candidate : Audience.values()) {
			if (candidate.includes(audience)) {
				audiences.add(candidate);
			}
		}
		return this.tips.at(program, moment, audiences);
	}

	/**
	 * The program's tips, in the order of its sheets.
	 * @throws NotFoundException if the caller may not see the program
	 */
	@Transactional(readOnly = true)
	public List<Tip> of(ProgramId id, TandemPrincipal me) {
		this.access.visible(id, me);
		return this.tips.all(id, MAX_TIPS);
	}

	/**
	 * The tip sheets as the resources page shows them, with whether the caller keeps
	 * them.
	 * @throws NotFoundException if the caller may not see the program
	 */
	@Transactional(readOnly = true)
	public TipSheet sheet(ProgramId id, TandemPrincipal me) {
		ProgramAccess.View view = this.access.view(id, me);
		return new TipSheet(view.program(), view.manages(), this.tips.all(id, MAX_TIPS));
	}

	/**
	 * The tip sheets for the committee's edit page.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional(readOnly = true)
	public TipSheet managed(ProgramId id, TandemPrincipal me) {
		Program program = this.access.managed(id, me);
		return new TipSheet(program, true, this.tips.all(id, MAX_TIPS));
	}

	/**
	 * Adds a tip at the end of the sheets.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field at fault
	 * @throws ConflictException if the program keeps {@link #MAX_TIPS} tips already
	 */
	@Transactional
	public Tip add(ProgramId id, TandemPrincipal me, TipDraft draft) {
		this.access.managed(id, me);
		Tip valid = valid(id, new TipId(UUID.randomUUID()), draft, 0);
		// one addition at a time per program, so that two cannot both pass the bound
		this.programs.lock(id);
		if (this.tips.count(id) >= MAX_TIPS) {
			throw new ConflictException("title", "The program keeps " + MAX_TIPS + " tips already; delete one first.");
		}
		Tip tip = new Tip(valid.id(), id, valid.audience(), valid.moment(), valid.title(), valid.body(),
				this.tips.nextPosition(id));
		this.tips.insert(tip, this.clock.instant());
		return tip;
	}

	/**
	 * Replaces a tip's audience, moment, title and body.
	 * @throws NotFoundException if the caller may not see the program, or it has no such
	 * tip
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public Tip change(ProgramId id, TipId tipId, TandemPrincipal me, TipDraft draft) {
		Tip tip = managed(id, tipId, me);
		Tip changed = valid(id, tipId, draft, tip.position());
		this.tips.update(changed);
		return changed;
	}

	/**
	 * Deletes a tip.
	 * @throws NotFoundException if the caller may not see the program, or it has no such
	 * tip
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional
	public Tip delete(ProgramId id, TipId tipId, TandemPrincipal me) {
		Tip tip = managed(id, tipId, me);
		this.tips.delete(id, tipId);
		return tip;
	}

	/**
	 * Checks that the caller keeps the program's tips, before a form of theirs is even
	 * read.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	public void checkManaged(ProgramId id, TandemPrincipal me) {
		this.access.managed(id, me);
	}

	private Tip managed(ProgramId id, TipId tipId, TandemPrincipal me) {
		this.access.managed(id, me);
		return this.tips.find(id, tipId).orElseThrow(() -> new NotFoundException("No such tip."));
	}

	private static Tip valid(ProgramId program, TipId id, TipDraft draft, int position) {
		List<FieldError> problems = new ArrayList<>();
		String title = text(draft.title(), "title", Tip.MAX_TITLE_LENGTH, problems);
		String body = text(draft.body(), "body", Tip.MAX_BODY_LENGTH, problems);
		Audience audience = draft.audience();
		if (audience == null) {
			problems.add(new FieldError("audience", "is required"));
		}
		if (!problems.isEmpty() || title == null || body == null || audience == null) {
			throw new InvalidInputException(problems);
		}
		return new Tip(id, program, audience, draft.moment(), title, body, position);
	}

	/**
	 * A required text as stored: stripped, with one kind of line break.
	 */
	private static @Nullable String text(@Nullable String text, String field, int max, List<FieldError> problems) {
		String stored = (text == null) ? "" : text.replaceAll("\\R", "\n").strip();
		if (stored.isEmpty()) {
			problems.add(new FieldError(field, "is required"));
			return null;
		}
		if (stored.length() > max) {
			problems.add(new FieldError(field, "must be at most " + max + " characters"));
			return null;
		}
		return stored;
	}

	/**
	 * A program's tip sheets.
	 *
	 * @param manages whether the caller keeps them
	 */
	public record TipSheet(Program program, boolean manages, List<Tip> tips) {

		public List<Tip> forAudience(Audience audience) {
			return this.tips.stream().filter((tip) -> tip.audience() == audience).toList();
		}

		public List<Audience> audiences() {
			return List.of(Audience.values());
		}

		public List<Moment> moments() {
			return List.of(Moment.values());
		}

		public boolean full() {
			return this.tips.size() >= MAX_TIPS;
		}

	}

}
