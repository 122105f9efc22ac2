package org.tandem.feedback.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.Evaluation;
import org.tandem.feedback.EvaluationDraft;
import org.tandem.feedback.EvaluationKind;
import org.tandem.feedback.EvaluationQuestion;
import org.tandem.feedback.Kudos;
import org.tandem.feedback.KudosDraft;
import org.tandem.feedback.ProgramFeedback;
import org.tandem.feedback.Pulse;
import org.tandem.feedback.PulseDraft;
import org.tandem.feedback.QuestionDraft;
import org.tandem.feedback.QuestionKind;
import org.tandem.feedback.QuestionScope;

/**
 * The feedback API's JSON records. Those that carry the pair's words go to the pair only.
 */
final class FeedbackJson {

	private FeedbackJson() {
	}

	/** The body of {@code POST /pairings/{id}/meetings/{meetingId}/pulse}. */
	@Schema(name = "PulseInput")
	record PulseInput(@Nullable Integer usefulness, @Nullable String comment) {

		@Override
		public String toString() {
			return "PulseInput[usefulness=" + this.usefulness + "]";
		}

		PulseDraft toDraft() {
			return new PulseDraft(this.usefulness, this.comment);
		}

	}

	/** A pulse, for the member who gave it. */
	@Schema(name = "Pulse")
	record PulseOut(UUID id, UUID meetingId, UUID personId, int usefulness, @Nullable String comment,
			Instant createdAt) {

		@Override
		public String toString() {
			return "PulseOut[id=" + this.id + "]";
		}

		static PulseOut of(Pulse pulse) {
			return new PulseOut(pulse.id().value(), pulse.meetingId().value(), pulse.personId(), pulse.usefulness(),
					pulse.comment(), pulse.createdAt());
		}

	}

	/** The body of {@code POST /pairings/{id}/kudos}. */
	@Schema(name = "KudosInput")
	record KudosInput(@Nullable String body, @Nullable Boolean shareWithProgram) {

		@Override
		public String toString() {
			return "KudosInput[shareWithProgram=" + this.shareWithProgram + "]";
		}

		KudosDraft toDraft() {
			return new KudosDraft(this.body, this.shareWithProgram);
		}

	}

	/** Kudos, for the pair. */
	@Schema(name = "Kudos")
	record KudosOut(UUID id, UUID pairingId, UUID authorId, @Nullable String body, boolean shareWithProgram,
			Instant createdAt) {

		@Override
		public String toString() {
			return "KudosOut[id=" + this.id + "]";
		}

		static KudosOut of(Kudos kudos) {
			return new KudosOut(kudos.id().value(), kudos.pairingId().value(), kudos.authorId(), kudos.body(),
					kudos.sharedWithProgram(), kudos.createdAt());
		}

	}

	/** An evaluation question: the program's text, not confidential. */
	@Schema(name = "EvaluationQuestion")
	record QuestionOut(UUID id, String prompt, QuestionKind kind, QuestionScope appliesTo, boolean required) {

		static QuestionOut of(EvaluationQuestion question) {
			return new QuestionOut(question.id().value(), question.prompt(), question.kind(), question.appliesTo(),
					question.required());
		}

	}

	/**
	 * The body of {@code POST} (prompt, kind, appliesTo required) and {@code PATCH} (what
	 * is omitted stays; the kind cannot change) of an evaluation question.
	 */
	@Schema(name = "EvaluationQuestionInput")
	record QuestionInput(@Nullable String prompt, @Nullable String kind, @Nullable String appliesTo,
			@Nullable Boolean required) {

		QuestionDraft toDraft() {
			return new QuestionDraft(this.prompt, this.kind, this.appliesTo, this.required);
		}

	}

	/** The body of {@code POST /pairings/{id}/evaluations}. */
	@Schema(name = "EvaluationInput")
	record EvaluationInput(@Nullable String kind, @Nullable Map<String, @Nullable Object> answers) {

		@Override
		public String toString() {
			return "EvaluationInput[kind=" + this.kind + "]";
		}

		EvaluationDraft toDraft() {
			return new EvaluationDraft(this.kind, this.answers);
		}

	}

	/** An evaluation, for the member who gave it: numbers and words by question id. */
	@Schema(name = "Evaluation")
	record EvaluationOut(UUID id, UUID pairingId, UUID personId, EvaluationKind kind, Map<String, Object> answers,
			Instant submittedAt) {

		@Override
		public String toString() {
			return "EvaluationOut[id=" + this.id + "]";
		}

		static EvaluationOut of(Evaluation evaluation) {
			Map<String, Object> answers = new LinkedHashMap<>();
			evaluation.answers().forEach((question, value) -> answers.put(question.toString(), value));
			return new EvaluationOut(evaluation.id().value(), evaluation.pairingId().value(), evaluation.personId(),
					evaluation.kind(), answers, evaluation.submittedAt());
		}

	}

	/**
	 * The committee's aggregates: {@code pulse} is null below 5 responses, and so is a
	 * question's {@code distribution}.
	 */
	@Schema(name = "ProgramFeedback")
	record AggregatesOut(UUID programId, @Nullable PulseOutline pulse, List<ScaleOut> scales) {

		static AggregatesOut of(ProgramFeedback feedback) {
			return new AggregatesOut(feedback.programId().value(),
					feedback.pulse().map((p) -> new PulseOutline(p.responses(), p.average())).orElse(null),
					feedback.scales()
						.stream()
						.map((s) -> new ScaleOut(s.questionId().value(), s.prompt(), s.kind(),
								(s.distribution() != null) ? new DistributionOut(s.distribution().responses(),
										s.distribution().counts(), s.distribution().average()) : null))
						.toList());
		}

	}

	@Schema(name = "PulseAggregate")
	record PulseOutline(long responses, double average) {

	}

	@Schema(name = "ScaleAggregate")
	record ScaleOut(UUID questionId, String prompt, EvaluationKind kind, @Nullable DistributionOut distribution) {

	}

	/** counts: how many answered 1, 2, 3, 4 and 5. */
	@Schema(name = "ScaleDistribution")
	record DistributionOut(long responses, List<Long> counts, double average) {

	}

}
