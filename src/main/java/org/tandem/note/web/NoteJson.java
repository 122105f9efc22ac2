package org.tandem.note.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.note.Note;
import org.tandem.note.NoteDraft;
import org.tandem.note.NoteVisibility;
import org.tandem.shared.markdown.SafeHtml;

/**
 * A note as its readers get it: the Markdown body, and the same rendered as safe HTML.
 * Both are {@code null} when the stored text is not authentic for this note.
 */
record NoteJson(UUID id, UUID pairingId, UUID authorId, NoteVisibility visibility, @Nullable String body,
		@Nullable String html, Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "NoteJson[id=" + this.id + ", pairingId=" + this.pairingId + ", visibility=" + this.visibility + "]";
	}

	static NoteJson of(Note note) {
		SafeHtml html = note.html();
		return new NoteJson(note.id().value(), note.pairingId().value(), note.authorId(), note.visibility(),
				note.body(), (html != null) ? html.markup() : null, note.createdAt(), note.updatedAt());
	}

	/**
	 * The body of {@code POST /pairings/{id}/notes} (both fields required) and of
	 * {@code PATCH /notes/{id}} (what is omitted stays).
	 */
	record Input(@Nullable String body, @Nullable String visibility) {

		@Override
		public String toString() {
			// keeps the confidential text out of logs
			return "NoteJson.Input[visibility=" + this.visibility + "]";
		}

		NoteDraft toDraft() {
			return new NoteDraft(this.body, this.visibility);
		}

	}

}
