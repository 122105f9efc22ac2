package org.tandem.program.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.Role;

/**
 * A participation as the JSON API shows it; {@code personId} is the person's id, never
 * the participation's.
 */
record ParticipantJson(String id, String programId, String personId, Role role, ParticipantStatus status, int capacity,
		ProfileJson profile) {

	static ParticipantJson of(Participant participant) {
		return new ParticipantJson(participant.id().toString(), participant.programId().toString(),
				participant.personId().toString(), participant.role(), participant.status(), participant.capacity(),
				ProfileJson.of(participant.profile()));
	}

	/**
	 * The per-program profile, in requests and responses. Every field may be omitted.
	 */
	record ProfileJson(@Nullable List<String> expertise, @Nullable List<String> interests, @Nullable String goals,
			@Nullable List<String> meetingFormats, @Nullable String location, @Nullable List<String> languages) {

		static ProfileJson of(Participant.Profile profile) {
			return new ProfileJson(profile.expertise(), profile.interests(), profile.goals(), profile.meetingFormats(),
					profile.location(), profile.languages());
		}

		static Participant.Profile toProfile(@Nullable ProfileJson json) {
			if (json == null) {
				return Participant.Profile.empty();
			}
			return new Participant.Profile(orEmpty(json.expertise()), orEmpty(json.interests()), json.goals(),
					orEmpty(json.meetingFormats()), json.location(), orEmpty(json.languages()));
		}

		private static List<String> orEmpty(@Nullable List<String> values) {
			return values == null ? List.of() : values;
		}

	}

}
