package org.tandem.celebration.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.celebration.Celebration;
import org.tandem.celebration.PlaceCount;
import org.tandem.feedback.KudosBoard;

/**
 * A program's celebration in the JSON API: counts, held meetings by format and by
 * suggested place, and the kudos their authors shared (words and day, no names).
 */
record CelebrationJson(long pairs, long meetingsHeld, long activitiesCompleted, long goalsAchieved,
		Map<String, Long> formats, List<Place> places, List<Kudos> kudos) {

	static CelebrationJson of(Celebration celebration) {
		Map<String, Long> formats = new LinkedHashMap<>();
		celebration.formats().forEach((format, held) -> formats.put(format.name(), held));
		return new CelebrationJson(celebration.pairs(), celebration.meetingsHeld(), celebration.activitiesCompleted(),
				celebration.goalsAchieved(), formats, celebration.places().stream().map(Place::of).toList(),
				celebration.kudos().stream().map(Kudos::of).toList());
	}

	/** A suggested place and the meetings held there. */
	record Place(String name, long meetings) {

		static Place of(PlaceCount place) {
			return new Place(place.name(), place.meetings());
		}

	}

	/** Kudos their author shared with the program. */
	record Kudos(String body, Instant createdAt) {

		static Kudos of(KudosBoard.Shared kudos) {
			return new Kudos(kudos.body(), kudos.createdAt());
		}

	}

}
