package org.tandem.meeting;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Meeting}.
 */
public record MeetingId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
