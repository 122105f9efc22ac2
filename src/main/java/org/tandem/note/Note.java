package org.tandem.note;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.shared.markdown.Markdown;
import org.tandem.shared.markdown.SafeHtml;

/**
 * A note of a pair's member, in Markdown. Only the people who may read it ever get one:
 * its author, and for a {@link NoteVisibility#PAIR} note the partner. The body is
 * {@code null} when its stored ciphertext is not authentic for this note (it was copied
 * in from elsewhere), so nothing is shown rather than someone else's text.
 */
public record Note(NoteId id, PairingId pairingId, UUID authorId, NoteVisibility visibility, @Nullable String body,
		Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "Note[id=" + this.id + ", pairingId=" + this.pairingId + ", visibility=" + this.visibility + "]";
	}

	/**
	 * The body rendered as safe HTML, {@code null} when the body is withheld.
	 */
	public @Nullable SafeHtml html() {
		return (this.body != null) ? Markdown.render(this.body) : null;
	}

	public boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}

	public boolean shared() {
		return this.visibility == NoteVisibility.PAIR;
	}

	/**
	 * Whether the note was changed after it was written.
	 */
	public boolean edited() {
		return this.updatedAt.isAfter(this.createdAt);
	}

	Note changed(String body, NoteVisibility visibility, Instant now) {
		return new Note(this.id, this.pairingId, this.authorId, visibility, body, this.createdAt, now);
	}

}
