package org.tandem.program.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Participant;
import org.tandem.program.Role;
import org.tandem.shared.kernel.InvalidInputException;

/**
 * The form that adds a participant (found by email) or applies for the signed-in person
 * (no email). Lists are typed as comma-separated text; meeting formats are checkboxes.
 */
public record ParticipantForm(String email, String role, String capacity, String expertise, String interests,
		String goals, List<String> meetingFormats, String location, String languages) {

	/**
	 * Fields missing from the request (no box ticked) arrive as null.
	 */
	public ParticipantForm {
		email = orEmpty(email);
		role = orEmpty(role);
		capacity = orEmpty(capacity);
		expertise = orEmpty(expertise);
		interests = orEmpty(interests);
		goals = orEmpty(goals);
		meetingFormats = meetingFormats == null ? List.of() : List.copyOf(meetingFormats);
		location = orEmpty(location);
		languages = orEmpty(languages);
	}

	public static ParticipantForm empty(Role role) {
		return new ParticipantForm("", role.name(), "1", "", "", "", List.of(), "", "");
	}

	public boolean hasFormat(MeetingFormat format) {
		return this.meetingFormats.contains(format.name());
	}

	/**
	 * The chosen role, or {@code null} with a problem added.
	 */
	@Nullable Role role(List<InvalidInputException.FieldError> problems) {
		try {
			return Role.valueOf(this.role.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new InvalidInputException.FieldError("role", "must be mentor, mentee or committee"));
			return null;
		}
	}

	/**
	 * The capacity typed, {@code null} when left empty or not a number (with a problem
	 * added).
	 */
	@Nullable Integer capacity(List<InvalidInputException.FieldError> problems) {
		if (this.capacity.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(this.capacity.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new InvalidInputException.FieldError("capacity", "must be a whole number"));
			return null;
		}
	}

	Participant.Profile profile() {
		return new Participant.Profile(split(this.expertise), split(this.interests), this.goals, this.meetingFormats,
				this.location, split(this.languages));
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
