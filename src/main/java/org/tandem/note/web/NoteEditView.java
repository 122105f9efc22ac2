package org.tandem.note.web;

import java.util.UUID;

import org.tandem.note.Note;

/**
 * The page that edits or deletes one of the viewer's notes.
 */
public record NoteEditView(Note note, UUID viewerId, String partnerName) {

	public String notesHref() {
		return "/pairings/" + this.note.pairingId() + "/notes";
	}

	public String editHref() {
		return "/notes/" + this.note.id() + "/edit";
	}

	public String deleteHref() {
		return "/notes/" + this.note.id() + "/delete";
	}

}
