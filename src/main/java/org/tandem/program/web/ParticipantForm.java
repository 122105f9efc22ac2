package org.tandem.program.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Participant;
import org.tandem.program.Role;

/**
 * The form that adds a participant (found by email) or applies for the signed-in person
 * (no email). Lists are typed as comma-separated text; meeting formats are checkboxes,
 * checked by the profile's rules as in the API. The capacity's range and the person
 * behind the email are the enrollment's rules.
 */
public record ParticipantForm(String email,
		@NotNull(message = "must be mentor, mentee or committee") @Nullable Role role, @Nullable Integer capacity,
		String expertise, String interests, String goals, List<String> meetingFormats, String location,
		String languages) {

	/**
	 * Fields missing from the request (no box ticked) arrive as null.
	 */
	public ParticipantForm {
		email = orEmpty(email);
		expertise = orEmpty(expertise);
		interests = orEmpty(interests);
		goals = orEmpty(goals);
		meetingFormats = (meetingFormats != null) ? List.copyOf(meetingFormats) : List.of();
		location = orEmpty(location);
		languages = orEmpty(languages);
	}

	public static ParticipantForm empty(Role role) {
		return new ParticipantForm("", role, 1, "", "", "", List.of(), "", "");
	}

	public boolean hasFormat(MeetingFormat format) {
		return this.meetingFormats.contains(format.name());
	}

	Participant.Profile profile() {
		return new Participant.Profile(split(this.expertise), split(this.interests), this.goals, this.meetingFormats,
				this.location, split(this.languages));
	}

	private static List<String> split(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter((item) -> !item.isEmpty()).toList();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
