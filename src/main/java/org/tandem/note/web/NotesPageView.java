package org.tandem.note.web;

import java.util.List;
import java.util.UUID;

import org.tandem.note.Note;
import org.tandem.shared.web.Pager;

/**
 * The notes page of a pairing as one of the pair sees it: their own notes and the shared
 * ones, and whether the pairing still takes notes.
 */
public record NotesPageView(UUID pairingId, boolean closed, UUID viewerId, String partnerName, List<Note> notes,
		long total, Pager pager) {

	public String notesHref() {
		return "/pairings/" + this.pairingId + "/notes";
	}

}
