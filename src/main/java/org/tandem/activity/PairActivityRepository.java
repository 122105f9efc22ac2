package org.tandem.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.PipelinedReads.Pending;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code pair_activity} table, in plain SQL: what each pair made of its program's
 * activities. The reflection is written only as ciphertext through {@link TextCipher},
 * bound to its row (the pairing and the activity), and decrypted only for the pair.
 */
@Repository
class PairActivityRepository {

	/**
	 * A pair sees the activities its program suggests now and those it ticked, even if
	 * retired since.
	 */
	private static final String CHECKLIST = "select " + ActivityRepository.COLUMNS + """
			, pa.done, pa.done_on, pa.reflection_enc
			from program_activity a
			left join pair_activity pa on pa.activity_id = a.id and pa.pairing_id = :pairing
			where a.program_id = :program and (a.retired_at is null or pa.done)
			""";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	PairActivityRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	/**
	 * The pairing's checklist in the catalogue's order, at most {@code limit} items.
	 */
	Pending<List<ChecklistItem>> checklist(Pairing pairing, int limit) {
		return this.reads.list(CHECKLIST + ActivityRepository.ORDER + " limit :limit",
				Map.of("pairing", pairing.id().value(), "program", pairing.programId().value(), "limit", limit),
				(rs, row) -> map(rs, pairing.id()));
	}

	/**
	 * One item of the pairing's checklist, if the pair may see it.
	 */
	Optional<ChecklistItem> item(Pairing pairing, ActivityId activity) {
		return this.jdbc.sql(CHECKLIST + " and a.id = :activity")
			.param("pairing", pairing.id().value())
			.param("program", pairing.programId().value())
			.param("activity", activity.value())
			.query((rs, row) -> map(rs, pairing.id()))
			.optional();
	}

	void save(PairingId pairing, ChecklistItem item, Instant now) {
		ActivityId activity = item.activity().id();
		this.jdbc.sql("""
				insert into pair_activity (pairing_id, activity_id, done, done_on, reflection_enc, updated_at)
				values (:pairing, :activity, :done, :doneOn, :reflection, :now)
				on conflict (pairing_id, activity_id) do update set done = excluded.done, done_on = excluded.done_on,
				    reflection_enc = excluded.reflection_enc, updated_at = excluded.updated_at""")
			.param("pairing", pairing.value())
			.param("activity", activity.value())
			.param("done", item.done())
			.param("doneOn", item.doneOn())
			.param("reflection", this.cipher.encryptNullable(item.reflection(), place(pairing, activity)))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * For each pairing, how many activities it did and how many are on its checklist, in
	 * one query read with the page's other reads; pairings that do not exist are left
	 * out.
	 */
	Supplier<Map<PairingId, ActivityCounts.Count>> counts(Collection<UUID> pairings) {
		if (pairings.isEmpty()) {
			return LinkedHashMap::new;
		}
		return this.reads.query("""
				select p.id,
				    (select count(*) from pair_activity pa where pa.pairing_id = p.id and pa.done) as done,
				    (select count(*) from program_activity a where a.program_id = p.program_id and (a.retired_at is null
				        or exists (select 1 from pair_activity pa where pa.activity_id = a.id and pa.pairing_id = p.id
				            and pa.done))) as total
				from pairing p where p.id in (:ids)""", Map.of("ids", List.copyOf(pairings)), (rs) -> {
			Map<PairingId, ActivityCounts.Count> counts = new LinkedHashMap<>();
			while (rs.next()) {
				counts.put(new PairingId(rs.getObject("id", UUID.class)),
						new ActivityCounts.Count(rs.getInt("done"), rs.getInt("total")));
			}
			return counts;
		});
	}

	private ChecklistItem map(ResultSet rs, PairingId pairing) throws SQLException {
		Activity activity = ActivityRepository.map(rs);
		boolean done = rs.getBoolean("done");
		LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
		String reflection = this.cipher.decryptOrWithhold(rs.getString("reflection_enc"),
				place(pairing, activity.id()));
		return new ChecklistItem(activity, done, doneOn, reflection);
	}

	/**
	 * The row of a reflection is the pair's record of one activity: bound to both.
	 */
	private static CipherContext place(PairingId pairing, ActivityId activity) {
		return new CipherContext("pair_activity", "reflection_enc", activity.value(), pairing.value());
	}

}
