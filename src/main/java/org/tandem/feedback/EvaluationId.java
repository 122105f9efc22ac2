package org.tandem.feedback;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Evaluation}.
 */
public record EvaluationId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
