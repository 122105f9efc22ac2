package org.tandem.program;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A place the program suggests for meetings, such as a campus walking route or a lunch
 * spot. Not confidential: every member of the program may read the list.
 */
public record SuggestedPlace(UUID id, ProgramId programId, String name, PlaceKind kind, @Nullable String description) {

	/**
	 * How a list of choices shows it: the kind, and the description when there is one.
	 */
	public String hint() {
		return (this.description != null) ? this.kind.label() + ": " + this.description : this.kind.label();
	}

}
