package org.tandem.note;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Note}.
 */
public record NoteId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
