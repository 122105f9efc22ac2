package org.tandem.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.feedback.ProgramFeedback.Distribution;
import org.tandem.feedback.ProgramFeedback.PulseSummary;
import org.tandem.feedback.ProgramFeedback.ScaleSummary;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's view of a program's feedback: counts and averages over at least
 * {@value #MIN_RESPONSES} responses, computed in the database from the plain numbers; no
 * comment or text answer is ever read here.
 */
@Service
public class FeedbackAggregates {

	/** The fewest responses an aggregate is shown for. */
	public static final int MIN_RESPONSES = 5;

	private final JdbcClient jdbc;

	private final QuestionRepository questions;

	private final ProgramAccess access;

	FeedbackAggregates(JdbcClient jdbc, QuestionRepository questions, ProgramAccess access) {
		this.jdbc = jdbc;
		this.questions = questions;
		this.access = access;
	}

	/**
	 * The program's feedback aggregates, for its committee and administrators.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional(readOnly = true)
	public ProgramFeedback of(ProgramId id, TandemPrincipal me) {
		this.access.managed(id, me);
		return summary(id);
	}

	/**
	 * The program's feedback aggregates. The caller must have established that the viewer
	 * may see the program's health.
	 */
	@Transactional(readOnly = true)
	public ProgramFeedback summary(ProgramId id) {
		return new ProgramFeedback(id, pulse(id), scales(id));
	}

	/**
	 * The average usefulness of the program's pulses, empty below {@value #MIN_RESPONSES}
	 * responses. The caller must have established that the viewer may see the program's
	 * health.
	 */
	@Transactional(readOnly = true)
	public Optional<PulseSummary> pulse(ProgramId id) {
		return this.jdbc
			.sql("select count(*) as responses, round(avg(usefulness), 2) as average from meeting_pulse"
					+ " where program_id = :program")
			.param("program", id.value())
			.query((rs, row) -> new PulseSummary(rs.getLong("responses"), rs.getDouble("average")))
			.optional()
			.filter((summary) -> summary.responses() >= MIN_RESPONSES);
	}

	private List<ScaleSummary> scales(ProgramId id) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select a.question_id, e.kind, a.scale, count(*) as answers from evaluation_answer a
				join evaluation e on e.id = a.evaluation_id
				where e.program_id = :program and a.scale is not null
				group by a.question_id, e.kind, a.scale""").param("program", id.value()).query((rs) -> {
			long[] of = counts.computeIfAbsent(rs.getObject("question_id", UUID.class) + ":" + rs.getString("kind"),
					(key) -> new long[5]);
			of[rs.getInt("scale") - 1] = rs.getLong("answers");
		});
		List<ScaleSummary> summaries = new ArrayList<>();
		for (EvaluationQuestion question : this.questions.active(id, EvaluationQuestions.MAX_QUESTIONS)) {
			if (question.kind() != QuestionKind.SCALE) {
				continue;
			}
			for (EvaluationKind kind : EvaluationKind.values()) {
				if (question.appliesTo().includes(kind)) {
					long[] of = counts.getOrDefault(question.id() + ":" + kind.name(), new long[5]);
					summaries.add(new ScaleSummary(question.id(), question.prompt(), kind, distribution(of)));
				}
			}
		}
		return summaries;
	}

	private static @Nullable Distribution distribution(long[] counts) {
		long responses = 0;
		long sum = 0;
		for (int i = 0; i < counts.length; i++) {
			responses += counts[i];
			sum += counts[i] * (i + 1);
		}
		if (responses < MIN_RESPONSES) {
			return null;
		}
		List<Long> list = new ArrayList<>();
		for (long count : counts) {
			list.add(count);
		}
		return new Distribution(responses, List.copyOf(list), Math.round(sum * 100.0 / responses) / 100.0);
	}

}
