package org.tandem.meeting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.meeting.MeetingId;
import org.tandem.meeting.Meetings;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
 * Meetings and contacts in the JSON API, under the pairing they belong to.
 */
@RestController
@RequestMapping("/api/v1/pairings/{id}/meetings")
@Tag(name = "Meetings and contacts")
class MeetingApi {

	private final Meetings meetings;

	MeetingApi(Meetings meetings) {
		this.meetings = meetings;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Log a contact or schedule a meeting (the pair)",
			description = "Exactly one of occurredOn (a contact that happened: not in the future, not before the "
					+ "pairing started; it counts as contact on that day) and scheduledAt (at most a year ahead, "
					+ "not before the pairing started). place (200), agenda (4000) and sharedNotes (10000 "
					+ "characters) are confidential to the pair. 403 for the committee and administrators, 404 "
					+ "for anyone who cannot see the pairing, 409 if the pairing is closed.")
	MeetingJson log(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody MeetingJson.Log request) {
		return MeetingJson.of(this.meetings.log(id, me, request.toNewMeeting()));
	}

	@PatchMapping("/{meetingId}")
	@Operation(summary = "Mark a scheduled meeting held, cancelled or missed, or change its texts (the pair)",
			description = "A meeting marked HELD counts as contact on its scheduled day. 409 if the meeting is "
					+ "no longer scheduled, if it is to be held or missed on a day still ahead, or if the pairing "
					+ "is closed. An omitted text stays; a blank one is cleared.")
	MeetingJson change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable MeetingId meetingId, @RequestBody MeetingJson.Change request) {
		return MeetingJson.of(this.meetings.change(id, meetingId, me, request.toChange()));
	}

	@GetMapping
	@Operation(summary = "A pairing's meetings, newest first",
			description = "The pair reads everything; the program's committee and administrators read only id, "
					+ "occurredOn, scheduledAt, format and status; anyone else gets 404.")
	PageResponse<?> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		Meetings.MeetingPage found = this.meetings.list(id, me, Paging.of(page, size));
		if (found.member()) {
			return found.meetings().map(MeetingJson::of);
		}
		return found.meetings().map(MeetingJson.Dates::of);
	}

}
