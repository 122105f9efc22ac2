package org.tandem.feedback;

import java.time.LocalDate;
import java.util.List;

import org.tandem.pairing.PairingId;

/**
 * What feedback a member of a pair still owes: held meetings awaiting their pulse (the
 * newest few) and evaluations due that they have not answered. Empty for anyone who is
 * not one of the pair.
 *
 * @param awaitingPulse the newest held meetings without the member's pulse, at most
 * {@value FeedbackDue#AWAITING_MAX}
 * @param dueEvaluations the evaluations due and not answered, with their due days
 */
public record FeedbackTodo(PairingId pairingId, boolean member, List<HeldMeeting> awaitingPulse,
		List<DueEvaluation> dueEvaluations) {

	public static FeedbackTodo none(PairingId pairingId) {
		return new FeedbackTodo(pairingId, false, List.of(), List.of());
	}

	public boolean isEmpty() {
		return this.awaitingPulse.isEmpty() && this.dueEvaluations.isEmpty();
	}

	/** An evaluation due since {@code dueOn}. */
	public record DueEvaluation(EvaluationKind kind, LocalDate dueOn) {

	}

}
