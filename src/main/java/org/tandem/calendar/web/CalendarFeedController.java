package org.tandem.calendar.web;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.calendar.CalendarFeeds;
import org.tandem.calendar.FeedWriter;
import org.tandem.meeting.MeetingTime;
import org.tandem.meeting.MeetingTimes;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.UrlSecret;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /calendar/{token}.ics}: the feed, for whoever holds the secret URL (a
 * calendar program signs in to nothing). An unknown or revoked token, or the feed of a
 * disabled person, is a bare 404 that tells nothing.
 */
@Controller
class CalendarFeedController {

	/**
	 * The same short page for an unknown, revoked or malformed token and a disabled
	 * person, so nothing can be learnt from it; a document of its own, since people open
	 * feed URLs in a browser too.
	 */
	static final String NOT_FOUND_PAGE = """
			<!DOCTYPE html>
			<html lang="en"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>Calendar feed not found · Tandem</title></head>
			<body><main><h1>Calendar feed not found</h1>
			<p>This calendar feed address is not known. It may have been replaced or revoked.</p></main></body></html>
			""";

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	private final People people;

	private final MeetingTimes meetings;

	private final FeedWriter writer;

	CalendarFeedController(CalendarFeeds feeds, People people, MeetingTimes meetings, FeedWriter writer) {
		this.feeds = feeds;
		this.people = people;
		this.meetings = meetings;
		this.writer = writer;
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable UrlSecret token) {
		Optional<Person> owner = this.feeds.ownerOf(token)
			.flatMap((id) -> this.people.find(new PersonId(id)))
			.filter((person) -> !person.disabled());
		if (owner.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.cacheControl(CacheControl.noStore())
				.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
				.body(NOT_FOUND_PAGE);
		}
		List<MeetingTime> times = this.meetings.of(owner.get().id().value());
		Set<UUID> ids = new HashSet<>();
		for (MeetingTime time : times) {
			ids.add(time.mentorId());
			ids.add(time.menteeId());
		}
		Map<UUID, Person> byId = this.people.findAll(ids)
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(TEXT_CALENDAR)
			.body(this.writer.write(times, byId, this.people.zoneOf(owner.get())));
	}

}
