package org.tandem.feedback;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;

/**
 * What the committee may know of a program's feedback: aggregates over at least
 * {@value FeedbackAggregates#MIN_RESPONSES} responses, never one person's answer, never a
 * word anyone wrote. Below that an aggregate is absent, not partial.
 *
 * @param pulse the pulses' average usefulness, empty below the threshold
 * @param scales per scale question and evaluation kind asking it, in the program's order
 */
public record ProgramFeedback(ProgramId programId, Optional<PulseSummary> pulse, List<ScaleSummary> scales) {

	/** The average usefulness (1 to 5, rounded to two decimals) of the pulses. */
	public record PulseSummary(long responses, double average) {

	}

	/**
	 * A scale question's answers in one kind of evaluation.
	 *
	 * @param distribution {@code null} below the threshold
	 */
	public record ScaleSummary(EvaluationQuestionId questionId, String prompt, EvaluationKind kind,
			@Nullable Distribution distribution) {

		public boolean enough() {
			return this.distribution != null;
		}

	}

	/**
	 * How many answered 1, 2, 3, 4 and 5.
	 *
	 * @param counts five counts, for the answers 1 to 5 in order
	 */
	public record Distribution(long responses, List<Long> counts, double average) {

		public long count(int value) {
			return this.counts.get(value - 1);
		}

	}

}
