package org.tandem.message.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.message.Message;
import org.tandem.message.Messages;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pair's messages in the JSON API. Every answer that carries a message is
 * {@code no-store} (the security configuration sets it on every response). Reading the
 * list changes nothing: a script marks its messages read with
 * {@code POST .../messages/read}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Messages")
class MessageApi {

	private static final String WHO = " Only the mentor and the mentee of the pairing reach its messages: anyone "
			+ "else, the program's committee and administrators included, gets 404.";

	private final Messages messages;

	MessageApi(Messages messages) {
		this.messages = messages;
	}

	@PostMapping("/pairings/{id}/messages")
	@Operation(summary = "Send the partner a message (the pair)",
			description = "body: Markdown, required, not blank, at most 10000 characters. The answer also carries "
					+ "the body rendered as sanitised HTML. The partner is told that a message arrived and from "
					+ "whom (by email as they chose), never what it says. 409 if the pairing is closed." + WHO)
	ResponseEntity<MessageJson> send(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody MessageJson.Input request) {
		Message message = this.messages.send(id, me, request.body());
		return ResponseEntity.created(URI.create("/api/v1/pairings/" + id + "/messages")).body(MessageJson.of(message));
	}

	@GetMapping("/pairings/{id}/messages")
	@Operation(summary = "A pairing's messages, newest first",
			description = "Each with readAt: when its recipient read it, null while unread. Reading the list "
					+ "marks nothing read (see POST .../messages/read). Readable after the pairing closed." + WHO)
	PageResponse<MessageJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.messages.list(id, me, Paging.of(page, size)).map(MessageJson::of);
	}

	@PostMapping("/pairings/{id}/messages/read")
	@Operation(summary = "Mark the caller's unread messages of the pairing read",
			description = "Answers how many were unread. Allowed after the pairing closed." + WHO)
	MessageJson.Marked read(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id) {
		return new MessageJson.Marked(this.messages.markRead(id, me));
	}

}
