package org.tandem.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.calendar.CalendarFeeds;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's secret calendar feed URL in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/me/calendar-feed")
@Tag(name = "Calendar")
class CalendarFeedApi {

	private final CalendarFeeds feeds;

	CalendarFeedApi(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping
	@Operation(summary = "Create the caller's secret calendar feed URL",
			description = "Returns 201 with the absolute URL of an iCalendar feed (GET, no other authentication) of "
					+ "the caller's meetings: times and formats, never places, agendas or notes. The URL is shown "
					+ "only now (Tandem keeps a hash); creating a new one revokes the old one, whose URL then "
					+ "answers 404.")
	ResponseEntity<FeedUrl> create(@AuthenticationPrincipal TandemPrincipal me) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(new FeedUrl(this.feeds.create(me.personId())));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the caller's calendar feed URL",
			description = "204 whether or not there was one; the old URL then answers 404.")
	void revoke(@AuthenticationPrincipal TandemPrincipal me) {
		this.feeds.revoke(me.personId());
	}

	/**
	 * The answer to {@code POST /me/calendar-feed}.
	 */
	record FeedUrl(String url) {

	}

}
