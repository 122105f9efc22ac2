package org.tandem.program;

import java.util.List;
import java.util.UUID;

/**
 * The committee's page of a program's suggested places.
 *
 * @param full whether the program keeps as many places as it may
 */
public record PlacesPage(UUID programId, String programName, List<SuggestedPlace> places, boolean full) {

	public List<PlaceKind> kinds() {
		return List.of(PlaceKind.values());
	}

}
