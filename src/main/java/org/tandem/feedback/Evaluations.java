package org.tandem.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each member's evaluations of their pairing, one per kind, answering the questions the
 * program asks in that evaluation. Only the pair reads them; the committee sees
 * aggregates of the scale answers through {@link FeedbackAggregates}.
 */
@Service
public class Evaluations {

	private static final String CLOSED = "This pairing is closed: it takes no more evaluations.";

	private final PairMembership membership;

	private final EvaluationRepository evaluations;

	private final QuestionRepository questions;

	private final Programs programs;

	private final Clock clock;

	Evaluations(PairMembership membership, EvaluationRepository evaluations, QuestionRepository questions,
			Programs programs, Clock clock) {
		this.membership = membership;
		this.evaluations = evaluations;
		this.questions = questions;
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * Records the caller's evaluation of this kind.
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed or the caller answered this
	 * evaluation already
	 * @throws InvalidInputException for an unknown kind, an unknown question, an invalid
	 * answer or a missing required one (field {@code answers.<questionId>})
	 */
	@Transactional
	public Evaluation submit(PairingId id, TandemPrincipal me, EvaluationDraft draft) {
		Pairing pairing = this.membership.writable(id, me, CLOSED);
		EvaluationKind kind = EvaluationKind.named(draft.kind());
		if (kind == null) {
			throw new InvalidInputException("kind", "must be MID or END");
		}
		if (this.evaluations.exists(id, me.personId(), kind)) {
			throw answered(kind);
		}
		List<EvaluationQuestion> asked = asked(pairing, kind);
		Map<EvaluationQuestionId, Object> answers = answers(asked, draft.answers());
		Evaluation evaluation = new Evaluation(new EvaluationId(UUID.randomUUID()), id, me.personId(), kind, answers,
				this.clock.instant());
		try {
			this.evaluations.insert(evaluation, pairing.programId());
		}
		catch (DuplicateKeyException ex) {
			throw answered(kind);
		}
		return evaluation;
	}

	/**
	 * The evaluation of this kind as its form shows it: the questions asked, the caller's
	 * answers if they gave them, and when it is due.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public EvaluationForm form(PairingId id, EvaluationKind kind, TandemPrincipal me) {
		Pairing pairing = this.membership.member(id, me);
		Optional<Evaluation> mine = this.evaluations.of(id, me.personId())
			.stream()
			.filter((evaluation) -> evaluation.kind() == kind)
			.findFirst();
		List<EvaluationQuestion> questions = mine
			.map((evaluation) -> this.questions.byIds(pairing.programId(),
					evaluation.answers().keySet().stream().map(EvaluationQuestionId::value).toList()))
			.orElseGet(() -> asked(pairing, kind));
		return new EvaluationForm(pairing, kind, questions, mine, term(pairing).dueOn(kind, pairing.startedOn()));
	}

	/**
	 * The caller's own evaluations of the pairing, oldest first.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public List<Evaluation> mine(PairingId id, TandemPrincipal me) {
		this.membership.member(id, me);
		return this.evaluations.of(id, me.personId());
	}

	private List<EvaluationQuestion> asked(Pairing pairing, EvaluationKind kind) {
		return this.questions.active(pairing.programId(), EvaluationQuestions.MAX_QUESTIONS)
			.stream()
			.filter((question) -> question.askedIn(kind))
			.toList();
	}

	EvaluationTerm term(Pairing pairing) {
		Program program = this.programs.find(pairing.programId())
			.orElseThrow(() -> new NotFoundException("No such pairing."));
		return new EvaluationTerm(program.startsOn(), program.endsOn());
	}

	/**
	 * The answers checked against the questions asked, every problem named.
	 */
	private static Map<EvaluationQuestionId, Object> answers(List<EvaluationQuestion> asked,
			@Nullable Map<String, @Nullable Object> given) {
		Map<String, @Nullable Object> values = (given != null) ? given : Map.of();
		Map<UUID, EvaluationQuestion> byId = new LinkedHashMap<>();
		asked.forEach((question) -> byId.put(question.id().value(), question));
		List<FieldError> problems = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (String key : values.keySet()) {
			UUID id = uuid(key);
			if (id == null || !byId.containsKey(id)) {
				problems.add(new FieldError("answers." + key, "is not a question of this evaluation"));
			}
			else {
				seen.add(id);
			}
		}
		Map<EvaluationQuestionId, Object> answers = new LinkedHashMap<>();
		for (EvaluationQuestion question : asked) {
			String field = "answers." + question.id();
			Object value = seen.contains(question.id().value()) ? values.get(question.id().toString()) : null;
			if (question.kind() == QuestionKind.SCALE) {
				Integer scale = scale(value);
				if (value != null && scale == null) {
					problems.add(new FieldError(field, "must be a whole number from 1 to 5"));
					continue;
				}
				FeedbackRules.add(problems, FeedbackRules.scale(field, scale, question.required()));
				if (scale != null) {
					answers.put(question.id(), scale);
				}
			}
			else {
				if (value != null && !(value instanceof String)) {
					problems.add(new FieldError(field, "must be text"));
					continue;
				}
				String text = (String) value;
				FeedbackRules.add(problems,
						FeedbackRules.text(field, text, question.required(), FeedbackRules.ANSWER_MAX));
				String stored = FeedbackRules.stored(text);
				if (stored != null) {
					answers.put(question.id(), stored);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return answers;
	}

	/** A whole number (JSON) or the digits of one (a form); anything else is no scale. */
	private static @Nullable Integer scale(@Nullable Object value) {
		if (value instanceof Integer number) {
			return number;
		}
		if (value instanceof String text && text.strip().matches("\\d{1,2}")) {
			return Integer.valueOf(text.strip());
		}
		return null;
	}

	private static @Nullable UUID uuid(String key) {
		try {
			return UUID.fromString(key);
		}
		catch (IllegalArgumentException ex) {
			// a key that is no question id at all is an unknown question
			return null;
		}
	}

	private static ConflictException answered(EvaluationKind kind) {
		return new ConflictException("kind", "You have answered the " + kind.label().toLowerCase() + " already.");
	}

	/**
	 * What an evaluation's page shows.
	 *
	 * @param questions the questions asked, or, once answered, the questions answered
	 * @param dueOn when it falls due, {@code null} for a mid-term evaluation of a pair
	 * that started after the middle of the term
	 */
	public record EvaluationForm(Pairing pairing, EvaluationKind kind, List<EvaluationQuestion> questions,
			Optional<Evaluation> mine, @Nullable LocalDate dueOn) {

	}

}
