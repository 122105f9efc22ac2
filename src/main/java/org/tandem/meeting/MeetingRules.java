package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.program.SuggestedPlace;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What a meeting must look like, the same for the API and the pages. Messages never
 * repeat the confidential text.
 */
final class MeetingRules {

	static final int PLACE_MAX = 200;

	static final int AGENDA_MAX = 4000;

	static final int NOTES_MAX = 10000;

	static final int DURATION_MAX = 1440;

	/** How far ahead a meeting may be scheduled. */
	static final int DAYS_AHEAD_MAX = 366;

	private MeetingRules() {
	}

	/**
	 * The problems of a new meeting of a pairing that started on {@code startedOn}:
	 * exactly one of {@code occurredOn} (not in the future, not before the start) and
	 * {@code scheduledAt} (at most {@value #DAYS_AHEAD_MAX} days ahead, not before the
	 * start), a known format, an optional duration of 1 to {@value #DURATION_MAX}
	 * minutes, and texts within their lengths. Days are counted in {@code zone},
	 * Tandem's.
	 */
	static List<FieldError> check(NewMeeting meeting, LocalDate startedOn, Instant now, ZoneId zone) {
		List<FieldError> errors = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate occurredOn = meeting.occurredOn();
		Instant scheduledAt = meeting.scheduledAt();
		if (occurredOn == null && scheduledAt == null) {
			errors.add(new FieldError("occurredOn", "or scheduledAt is required"));
		}
		else if (occurredOn != null && scheduledAt != null) {
			errors.add(new FieldError("scheduledAt", "must not be given together with occurredOn"));
		}
		else if (occurredOn != null) {
			if (occurredOn.isAfter(today)) {
				errors.add(new FieldError("occurredOn", "must not be in the future"));
			}
			else if (occurredOn.isBefore(startedOn)) {
				errors.add(new FieldError("occurredOn", "must not be before the pairing started (" + startedOn + ")"));
			}
		}
		else if (scheduledAt != null) {
			scheduledAt(errors, scheduledAt, startedOn, now, zone);
		}
		if (meeting.format() == null || meeting.format().isBlank()) {
			errors.add(new FieldError("format", "is required"));
		}
		else if (format(meeting.format()) == null) {
			errors.add(new FieldError("format", "must be one of " + List.of(MeetingFormat.values())));
		}
		duration(errors, meeting.durationMinutes());
		errors.addAll(texts(meeting.place(), meeting.agenda(), meeting.sharedNotes()));
		return errors;
	}

	/**
	 * The problems of moving a scheduled meeting of a pairing that started on
	 * {@code startedOn}: the same rules for the time and duration as when it was
	 * scheduled.
	 */
	static List<FieldError> reschedule(@Nullable Instant scheduledAt, @Nullable Integer durationMinutes,
			LocalDate startedOn, Instant now, ZoneId zone) {
		List<FieldError> errors = new ArrayList<>();
		if (scheduledAt != null) {
			scheduledAt(errors, scheduledAt, startedOn, now, zone);
		}
		duration(errors, durationMinutes);
		return errors;
	}

	private static void scheduledAt(List<FieldError> errors, Instant scheduledAt, LocalDate startedOn, Instant now,
			ZoneId zone) {
		if (scheduledAt.isAfter(now.plus(java.time.Duration.ofDays(DAYS_AHEAD_MAX)))) {
			errors.add(new FieldError("scheduledAt", "must be at most a year ahead"));
		}
		else if (LocalDate.ofInstant(scheduledAt, zone).isBefore(startedOn)) {
			errors.add(new FieldError("scheduledAt", "must not be before the pairing started (" + startedOn + ")"));
		}
	}

	private static void duration(List<FieldError> errors, @Nullable Integer duration) {
		if (duration != null && (duration < 1 || duration > DURATION_MAX)) {
			errors.add(new FieldError("durationMinutes", "must be between 1 and " + DURATION_MAX));
		}
	}

	/**
	 * The problems of the confidential texts: the place one line of at most
	 * {@value #PLACE_MAX} characters, the agenda at most {@value #AGENDA_MAX} and the
	 * shared notes at most {@value #NOTES_MAX}, without control characters other than
	 * line breaks and tabs.
	 */
	static List<FieldError> texts(@Nullable String place, @Nullable String agenda, @Nullable String sharedNotes) {
		List<FieldError> errors = new ArrayList<>();
		text(errors, "place", place, PLACE_MAX, false);
		text(errors, "agenda", agenda, AGENDA_MAX, true);
		text(errors, "sharedNotes", sharedNotes, NOTES_MAX, true);
		return errors;
	}

	private static void text(List<FieldError> errors, String field, @Nullable String value, int max,
			boolean multiline) {
		if (value == null) {
			return;
		}
		if (value.strip().length() > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters long"));
		}
		else if (value.chars().anyMatch((c) -> controlCharacter(c, multiline))) {
			errors.add(new FieldError(field,
					multiline ? "must not contain control characters" : "must be one line without control characters"));
		}
	}

	private static boolean controlCharacter(int c, boolean multiline) {
		boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
		return Character.isISOControl(c) && !(multiline && lineBreakOrTab);
	}

	static @Nullable MeetingFormat format(@Nullable String name) {
		for (MeetingFormat format : MeetingFormat.values()) {
			if (format.name().equals(name)) {
				return format;
			}
		}
		return null;
	}

	/**
	 * A text as stored: stripped, and {@code null} when blank.
	 */
	static @Nullable String stored(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The program's suggested place that {@code place} names, whatever its case and
	 * surrounding spaces, or {@code null} for a place of the pair's own.
	 */
	static @Nullable UUID suggestedPlace(@Nullable String place, List<SuggestedPlace> suggested) {
		if (place == null) {
			return null;
		}
		String wanted = place.strip();
		for (SuggestedPlace candidate : suggested) {
			if (candidate.name().strip().equalsIgnoreCase(wanted)) {
				return candidate.id();
			}
		}
		return null;
	}

}
