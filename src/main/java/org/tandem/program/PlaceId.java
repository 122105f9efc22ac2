package org.tandem.program;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a place a program suggests for meetings.
 */
public record PlaceId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
