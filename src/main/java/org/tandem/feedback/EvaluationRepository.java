package org.tandem.feedback;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code evaluation} and {@code evaluation_answer} tables, in plain SQL. A text
 * answer is written only as ciphertext bound to its row and pairing; a scale answer is a
 * plain number, so that the committee's aggregates can count it.
 */
@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	EvaluationRepository(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(Evaluation evaluation, ProgramId program) {
		this.jdbc.sql("""
				insert into evaluation (id, pairing_id, program_id, person_id, kind, submitted_at)
				values (:id, :pairing, :program, :person, :kind, :at)""")
			.param("id", evaluation.id().value())
			.param("pairing", evaluation.pairingId().value())
			.param("program", program.value())
			.param("person", evaluation.personId())
			.param("kind", evaluation.kind().name())
			.param("at", Timestamp.from(evaluation.submittedAt()))
			.update();
		for (Map.Entry<EvaluationQuestionId, Object> answer : evaluation.answers().entrySet()) {
			UUID id = UUID.randomUUID();
			Object value = answer.getValue();
			this.jdbc.sql("""
					insert into evaluation_answer (id, evaluation_id, question_id, scale, text_enc)
					values (:id, :evaluation, :question, :scale, :text)""")
				.param("id", id)
				.param("evaluation", evaluation.id().value())
				.param("question", answer.getKey().value())
				.param("scale", (value instanceof Integer scale) ? scale : null)
				.param("text",
						(value instanceof String text) ? this.cipher.encrypt(text, place(id, evaluation.pairingId()))
								: null)
				.update();
		}
	}

	boolean exists(PairingId pairing, UUID person, EvaluationKind kind) {
		return this.jdbc
			.sql("select count(*) from evaluation where pairing_id = :pairing and person_id = :person and kind = :kind")
			.param("pairing", pairing.value())
			.param("person", person)
			.param("kind", kind.name())
			.query(Long.class)
			.single() > 0;
	}

	/** The person's evaluations of the pairing, with their answers (two queries). */
	List<Evaluation> of(PairingId pairing, UUID person) {
		record Head(EvaluationId id, EvaluationKind kind, java.time.Instant at) {
		}
		List<Head> heads = this.jdbc
			.sql("select id, kind, submitted_at from evaluation where pairing_id = :pairing and person_id = :person"
					+ " order by submitted_at")
			.param("pairing", pairing.value())
			.param("person", person)
			.query((rs, row) -> new Head(new EvaluationId(rs.getObject("id", UUID.class)),
					EvaluationKind.valueOf(rs.getString("kind")), rs.getTimestamp("submitted_at").toInstant()))
			.list();
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<UUID, Map<EvaluationQuestionId, Object>> answers = new LinkedHashMap<>();
		heads.forEach((head) -> answers.put(head.id().value(), new LinkedHashMap<>()));
		this.jdbc.sql("""
				select a.id, a.evaluation_id, a.question_id, a.scale, a.text_enc from evaluation_answer a
				join evaluation_question q on q.id = a.question_id
				where a.evaluation_id in (:ids) order by q.position, q.id""")
			.param("ids", answers.keySet())
			.query((rs) -> {
				UUID id = rs.getObject("id", UUID.class);
				Map<EvaluationQuestionId, Object> of = answers.get(rs.getObject("evaluation_id", UUID.class));
				EvaluationQuestionId question = new EvaluationQuestionId(rs.getObject("question_id", UUID.class));
				int scale = rs.getInt("scale");
				if (!rs.wasNull()) {
					of.put(question, scale);
				}
				else {
					String text = this.cipher.decryptOrWithhold(rs.getString("text_enc"), place(id, pairing));
					if (text != null) {
						of.put(question, text);
					}
				}
			});
		List<Evaluation> list = new ArrayList<>();
		for (Head head : heads) {
			list.add(
					new Evaluation(head.id(), pairing, person, head.kind(), answers.get(head.id().value()), head.at()));
		}
		return list;
	}

	/**
	 * Who of these pairings answered which evaluation, as keys
	 * {@code pairing:person:kind}.
	 */
	Set<String> answered(Collection<PairingId> pairings) {
		if (pairings.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.sql("select pairing_id, person_id, kind from evaluation where pairing_id in (:pairings)")
					.param("pairings", pairings.stream().map(PairingId::value).toList())
					.query((rs, row) -> key(new PairingId(rs.getObject("pairing_id", UUID.class)),
							rs.getObject("person_id", UUID.class), EvaluationKind.valueOf(rs.getString("kind"))))
					.list());
	}

	static String key(PairingId pairing, UUID person, EvaluationKind kind) {
		return pairing.value() + ":" + person + ":" + kind.name();
	}

	private static CipherContext place(UUID answer, PairingId pairing) {
		return new CipherContext("evaluation_answer", "text_enc", answer, pairing.value());
	}

}
