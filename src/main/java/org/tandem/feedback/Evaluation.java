package org.tandem.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.tandem.pairing.PairingId;

/**
 * One person's evaluation of their pairing. Scale answers are numbers, text answers the
 * pair's words; both are read only by the pair.
 *
 * @param answers by question: an {@link Integer} for a scale question, a {@link String}
 * for a text one (omitted when the text cannot be read)
 */
public record Evaluation(EvaluationId id, PairingId pairingId, UUID personId, EvaluationKind kind,
		Map<EvaluationQuestionId, Object> answers, Instant submittedAt) {

	@Override
	public String toString() {
		// keeps the confidential answers out of logs
		return "Evaluation[id=" + this.id + ", kind=" + this.kind + ", answers=" + this.answers.size() + "]";
	}

}
