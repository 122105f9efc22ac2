package org.tandem.agreement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;
import org.tandem.shared.database.PipelinedReads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code agreement} table, in plain SQL. Every text goes in only as ciphertext
 * through {@link TextCipher}, bound to its row; the status queries never read the text
 * columns.
 */
@Repository
class AgreementRepository {

	private static final String COLUMNS = """
			pairing_id, ground_rules_enc, time_commitment_enc, scope_enc, rhythm_enc, formats, communication_enc,
			goals_enc, confidentiality_pledge, mentor_acknowledged_at, mentee_acknowledged_at, updated_at,
			updated_by, version""";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	AgreementRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	Optional<Agreement> find(UUID pairingId) {
		return this.jdbc.sql("select " + COLUMNS + " from agreement where pairing_id = :id")
			.param("id", pairingId)
			.query(this::map)
			.optional();
	}

	/**
	 * As {@link #find}, with the row locked until the transaction ends, so that an edit
	 * and an acknowledgement never cross.
	 */
	Optional<Agreement> lock(UUID pairingId) {
		return this.jdbc.sql("select " + COLUMNS + " from agreement where pairing_id = :id for update")
			.param("id", pairingId)
			.query(this::map)
			.optional();
	}

	AgreementStatus status(UUID pairingId) {
		return statuses(List.of(pairingId)).get().get(pairingId);
	}

	/**
	 * The status of each pairing, {@link AgreementStatus#NONE} for those without an
	 * agreement: one query on the primary key, read with the page's other reads.
	 */
	Supplier<Map<UUID, AgreementStatus>> statuses(Collection<UUID> pairingIds) {
		Map<UUID, AgreementStatus> none = new HashMap<>();
		pairingIds.forEach((id) -> none.put(id, AgreementStatus.NONE));
		if (pairingIds.isEmpty()) {
			return () -> none;
		}
		return this.reads.query("""
				select pairing_id, mentor_acknowledged_at, mentee_acknowledged_at from agreement
				where pairing_id in (:ids)
				""", Map.of("ids", pairingIds), (rs) -> {
			Map<UUID, AgreementStatus> statuses = new HashMap<>(none);
			while (rs.next()) {
				statuses.put(rs.getObject("pairing_id", UUID.class), new AgreementStatus(true,
						instant(rs, "mentor_acknowledged_at"), instant(rs, "mentee_acknowledged_at")));
			}
			return statuses;
		});
	}

	void insert(Agreement agreement) {
		AgreementTerms terms = agreement.terms();
		this.jdbc.sql("""
				insert into agreement (pairing_id, ground_rules_enc, time_commitment_enc, scope_enc, rhythm_enc,
				    formats, communication_enc, goals_enc, confidentiality_pledge, updated_at, updated_by, version)
				values (:id, :groundRules, :timeCommitment, :scope, :rhythm, string_to_array(:formats, ','),
				    :communication, :goals, :pledge, :updatedAt, :updatedBy, :version)
				""").param("id", agreement.pairingId()).params(textParams(agreement, terms)).update();
	}

	/**
	 * Writes new terms and clears both acknowledgements.
	 */
	void update(Agreement agreement) {
		AgreementTerms terms = agreement.terms();
		this.jdbc.sql("""
				update agreement set ground_rules_enc = :groundRules, time_commitment_enc = :timeCommitment,
				    scope_enc = :scope, rhythm_enc = :rhythm, formats = string_to_array(:formats, ','),
				    communication_enc = :communication, goals_enc = :goals, confidentiality_pledge = :pledge,
				    mentor_acknowledged_at = null, mentee_acknowledged_at = null,
				    updated_at = :updatedAt, updated_by = :updatedBy, version = :version
				where pairing_id = :id
				""").param("id", agreement.pairingId()).params(textParams(agreement, terms)).update();
	}

	void acknowledge(UUID pairingId, boolean mentor, Instant at) {
		String column = mentor ? "mentor_acknowledged_at" : "mentee_acknowledged_at";
		this.jdbc.sql("update agreement set " + column + " = :at where pairing_id = :id and " + column + " is null")
			.param("id", pairingId)
			.param("at", Timestamp.from(at))
			.update();
	}

	private Map<String, Object> textParams(Agreement agreement, AgreementTerms terms) {
		Map<String, Object> params = new HashMap<>();
		params.put("groundRules", encrypt(terms.groundRules(), "ground_rules_enc", agreement.pairingId()));
		params.put("timeCommitment", encrypt(terms.timeCommitment(), "time_commitment_enc", agreement.pairingId()));
		params.put("scope", encrypt(terms.scope(), "scope_enc", agreement.pairingId()));
		params.put("rhythm", encrypt(terms.rhythm(), "rhythm_enc", agreement.pairingId()));
		params.put("formats", terms.formats().stream().map(MeetingFormat::name).collect(Collectors.joining(",")));
		params.put("communication", encrypt(terms.communication(), "communication_enc", agreement.pairingId()));
		params.put("goals", encrypt(terms.goals(), "goals_enc", agreement.pairingId()));
		params.put("pledge", terms.confidentialityPledge());
		params.put("updatedAt", Timestamp.from(agreement.updatedAt()));
		params.put("updatedBy", agreement.updatedBy());
		params.put("version", agreement.version());
		return params;
	}

	private Agreement map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("pairing_id", UUID.class);
		AgreementTerms terms = new AgreementTerms(decrypt(rs, "ground_rules_enc", id),
				decrypt(rs, "time_commitment_enc", id), decrypt(rs, "scope_enc", id), decrypt(rs, "rhythm_enc", id),
				formats(rs.getArray("formats")), decrypt(rs, "communication_enc", id), decrypt(rs, "goals_enc", id),
				rs.getBoolean("confidentiality_pledge"));
		return new Agreement(id, terms, instant(rs, "mentor_acknowledged_at"), instant(rs, "mentee_acknowledged_at"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getObject("updated_by", UUID.class),
				rs.getInt("version"));
	}

	private @Nullable String encrypt(@Nullable String text, String column, UUID pairingId) {
		return this.cipher.encryptNullable(text, place(column, pairingId));
	}

	/**
	 * A text that is not authentic for its row reads as {@code null}: a ciphertext copied
	 * in from another pair's agreement shows nothing.
	 */
	private @Nullable String decrypt(ResultSet rs, String column, UUID pairingId) throws SQLException {
		return this.cipher.decryptOrWithhold(rs.getString(column), place(column, pairingId));
	}

	/**
	 * A pairing has at most one agreement, keyed by the pairing's id, so that id is the
	 * row's and is known before the insert.
	 */
	private static CipherContext place(String column, UUID pairingId) {
		return new CipherContext("agreement", column, pairingId, pairingId);
	}

	private static List<MeetingFormat> formats(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(MeetingFormat::valueOf).sorted().toList();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
