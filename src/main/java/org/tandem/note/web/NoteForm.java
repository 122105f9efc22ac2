package org.tandem.note.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.note.Note;
import org.tandem.note.NoteDraft;
import org.tandem.note.NoteVisibility;

/**
 * The form that writes or edits a note. Its length and characters are checked by
 * {@link org.tandem.note.Notes}, the same for the API.
 */
public record NoteForm(@NotBlank(message = "is required") @Nullable String body,
		@NotNull(message = "is required") @Nullable NoteVisibility visibility) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "NoteForm[visibility=" + this.visibility + "]";
	}

	/** A new note is private unless its author chooses to share it. */
	static NoteForm empty() {
		return new NoteForm("", NoteVisibility.PRIVATE);
	}

	static NoteForm of(Note note) {
		return new NoteForm(note.body(), note.visibility());
	}

	public String bodyValue() {
		return (this.body != null) ? this.body : "";
	}

	NoteDraft toDraft() {
		return new NoteDraft(this.body, (this.visibility != null) ? this.visibility.name() : null);
	}

}
