package org.tandem.matching;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a matching run.
 */
public record MatchingRunId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
