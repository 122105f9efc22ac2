package org.tandem.note.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.note.Note;
import org.tandem.note.NoteId;
import org.tandem.note.Notes;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pair's notes in the JSON API. Every answer that carries a note is {@code no-store}
 * (the security configuration sets it on every response).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notes")
class NoteApi {

	private static final String WHO = " Only the mentor and the mentee of the pairing reach notes: anyone else, the "
			+ "program's committee and administrators included, gets 404.";

	private final Notes notes;

	NoteApi(Notes notes) {
		this.notes = notes;
	}

	@PostMapping("/pairings/{id}/notes")
	@Operation(summary = "Write a note (the pair)",
			description = "body: Markdown, required, at most 20000 characters; visibility: PRIVATE (the author "
					+ "only) or PAIR (both of the pair), required. The answer also carries the body rendered as "
					+ "sanitised HTML. 409 if the pairing is closed." + WHO)
	ResponseEntity<NoteJson> write(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody NoteJson.Input request) {
		Note note = this.notes.write(id, me, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/notes/" + note.id())).body(NoteJson.of(note));
	}

	@GetMapping("/pairings/{id}/notes")
	@Operation(summary = "A pairing's notes that the caller reads, newest first",
			description = "The caller's own notes, private or shared, and the partner's shared notes; never the "
					+ "partner's private notes." + WHO)
	PageResponse<NoteJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.notes.list(id, me, Paging.of(page, size)).notes().map(NoteJson::of);
	}

	@GetMapping("/notes/{id}")
	@Operation(summary = "One note",
			description = "The author reads their note; the partner reads it only if it is shared (PAIR), and "
					+ "gets 404 for a private one." + WHO)
	NoteJson read(@AuthenticationPrincipal TandemPrincipal me, @PathVariable NoteId id) {
		return NoteJson.of(this.notes.read(id, me));
	}

	@PatchMapping("/notes/{id}")
	@Operation(summary = "Change a note's body or visibility (its author)",
			description = "What is omitted stays. The partner gets 404 for a private note and 403 for a shared "
					+ "one. 409 if the pairing is closed." + WHO)
	NoteJson change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable NoteId id,
			@RequestBody NoteJson.Input request) {
		return NoteJson.of(this.notes.change(id, me, request.toDraft()));
	}

	@DeleteMapping("/notes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a note (its author)",
			description = "The partner gets 404 for a private note and 403 for a shared one. 409 if the pairing "
					+ "is closed." + WHO)
	void delete(@AuthenticationPrincipal TandemPrincipal me, @PathVariable NoteId id) {
		this.notes.delete(id, me);
	}

}
