package org.tandem.note;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
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
 * The notes of a pairing. Only its mentor and mentee write and read them: each reads
 * their own notes and the pair's shared ones, never the partner's private notes. To
 * anyone else, the program's committee and administrators included, the pairing's notes
 * do not exist (404). Only the author changes or deletes a note, and nobody once the
 * pairing is closed; its notes stay readable to the pair.
 */
@Service
public class Notes {

	/** The most notes {@link #sharedOf} gives at once. */
	public static final int SHARED_MAX = 50;

	private static final String CLOSED = "This pairing is closed: its notes stay readable but no longer change.";

	private final Pairings pairings;

	private final NoteRepository notes;

	private final Clock clock;

	Notes(Pairings pairings, NoteRepository notes, Clock clock) {
		this.pairings = pairings;
		this.notes = notes;
		this.clock = clock;
	}

	/**
	 * Writes a note in the pairing.
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Note write(PairingId id, TandemPrincipal me, NoteDraft draft) {
		member(id, me);
		// the pairing's row stays locked until the note is in: a close at the same moment
		// waits for it or makes it fail with 409
		this.pairings.lockActive(id, me, CLOSED);
		valid(draft, true);
		Instant now = this.clock.instant();
		Note note = new Note(new NoteId(UUID.randomUUID()), id, me.personId(),
				NoteVisibility.valueOf(draft.visibility()), NoteRules.stored(draft.body()), now, now);
		this.notes.insert(note);
		return note;
	}

	/**
	 * The caller's own notes and the pair's shared notes, newest first.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public NotePage list(PairingId id, TandemPrincipal me, Paging paging) {
		Pairing pairing = member(id, me);
		List<Note> items = this.notes.page(id, me.personId(), paging.size(), paging.offset());
		return new NotePage(pairing,
				new PageResponse<>(items, paging.page(), paging.size(), this.notes.count(id, me.personId())));
	}

	/**
	 * The pairing's newest shared notes (never a private one, not even the caller's), for
	 * a page that shows them beside the pair's other work, read with its other reads when
	 * first asked for.
	 * @param limit how many at most, 1 to {@value #SHARED_MAX}
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	public Supplier<List<Note>> sharedOf(PairingId id, TandemPrincipal me, int limit) {
		if (limit < 1 || limit > SHARED_MAX) {
			throw new IllegalArgumentException("limit must be between 1 and " + SHARED_MAX);
		}
		member(id, me);
		return this.notes.shared(id, limit);
	}

	/**
	 * The note, if the caller may read it.
	 * @throws NotFoundException otherwise
	 */
	@Transactional(readOnly = true)
	public Note read(NoteId id, TandemPrincipal me) {
		return readable(id, me, false);
	}

	/**
	 * The note, if the caller may change it now: for the form that edits it.
	 * @throws NotFoundException if the caller may not read it
	 * @throws ForbiddenException if they read it but did not write it
	 * @throws ConflictException if its pairing is closed
	 */
	@Transactional(readOnly = true)
	public Note editable(NoteId id, TandemPrincipal me) {
		Note note = authored(id, me);
		if (this.pairings.find(note.pairingId()).map(Pairing::closed).orElse(true)) {
			throw new ConflictException(CLOSED);
		}
		return note;
	}

	/**
	 * Changes the note's body or visibility; what the draft omits stays.
	 * @throws NotFoundException if the caller may not read the note
	 * @throws ForbiddenException if they read it but did not write it
	 * @throws ConflictException if its pairing is closed
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Note change(NoteId id, TandemPrincipal me, NoteDraft draft) {
		Note note = lockAuthored(id, me);
		valid(draft, false);
		String body = (draft.body() != null) ? NoteRules.stored(draft.body()) : note.body();
		if (body == null) {
			// the stored text is withheld (not authentic here): only a new text replaces
			// it
			throw new InvalidInputException("body", "is required: the note's text cannot be read");
		}
		NoteVisibility visibility = (draft.visibility() != null) ? NoteVisibility.valueOf(draft.visibility())
				: note.visibility();
		Note changed = note.changed(body, visibility, this.clock.instant());
		this.notes.update(changed);
		return changed;
	}

	/**
	 * Deletes the note.
	 * @throws NotFoundException if the caller may not read the note
	 * @throws ForbiddenException if they read it but did not write it
	 * @throws ConflictException if its pairing is closed
	 */
	@Transactional
	public Note delete(NoteId id, TandemPrincipal me) {
		Note note = lockAuthored(id, me);
		this.notes.delete(id);
		return note;
	}

	/**
	 * The pairing, if the caller is its mentor or mentee; to anyone else it has no notes
	 * to show, so it does not exist.
	 */
	private Pairing member(PairingId id, TandemPrincipal me) {
		return this.pairings.find(id)
			.filter((pairing) -> pairing.hasMember(me.personId()))
			.orElseThrow(() -> new NotFoundException("No such pairing."));
	}

	private Note readable(NoteId id, TandemPrincipal me, boolean lock) {
		return this.notes.readable(id, me.personId(), lock).orElseThrow(() -> new NotFoundException("No such note."));
	}

	private Note authored(NoteId id, TandemPrincipal me) {
		Note note = readable(id, me, false);
		if (!note.writtenBy(me.personId())) {
			throw new ForbiddenException("Only the note's author changes or deletes it.");
		}
		return note;
	}

	/**
	 * The note, written by the caller, with its pairing's row and its own locked until
	 * the transaction ends, so that a change never lands on a closed pairing.
	 */
	private Note lockAuthored(NoteId id, TandemPrincipal me) {
		Note note = authored(id, me);
		this.pairings.lockActive(note.pairingId(), me, CLOSED);
		// read again under the lock: it may have been deleted meanwhile
		return readable(id, me, true);
	}

	private static void valid(NoteDraft draft, boolean complete) {
		List<FieldError> problems = NoteRules.check(draft, complete);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * A page of the caller's readable notes and the pairing they belong to.
	 */
	public record NotePage(Pairing pairing, PageResponse<Note> notes) {

	}

}
