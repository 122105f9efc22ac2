package org.tandem.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.tandem.meeting.MeetingId;
import org.tandem.meeting.MeetingStatus;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;
import org.tandem.program.ProgramId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.PipelinedReads.Pending;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code meeting_pulse} table, in plain SQL, and the few facts of a meeting a pulse
 * needs (its pairing, day, format and status: never its texts). The comment is written
 * only as ciphertext bound to its row and pairing.
 */
@Repository
class PulseRepository {

	private static final String COLUMNS = "id, meeting_id, pairing_id, person_id, usefulness, comment_enc, created_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	PulseRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	void insert(Pulse pulse, ProgramId program) {
		this.jdbc.sql("""
				insert into meeting_pulse (id, meeting_id, pairing_id, program_id, person_id, usefulness, comment_enc,
				created_at) values (:id, :meeting, :pairing, :program, :person, :usefulness, :comment, :createdAt)""")
			.param("id", pulse.id().value())
			.param("meeting", pulse.meetingId().value())
			.param("pairing", pulse.pairingId().value())
			.param("program", program.value())
			.param("person", pulse.personId())
			.param("usefulness", pulse.usefulness())
			.param("comment", this.cipher.encryptNullable(pulse.comment(), place(pulse.id(), pulse.pairingId())))
			.param("createdAt", Timestamp.from(pulse.createdAt()))
			.update();
	}

	Optional<Pulse> of(PairingId pairing, MeetingId meeting, UUID person) {
		return this.jdbc.sql("select " + COLUMNS
				+ " from meeting_pulse where pairing_id = :pairing and meeting_id = :meeting and person_id = :person")
			.param("pairing", pairing.value())
			.param("meeting", meeting.value())
			.param("person", person)
			.query((rs, row) -> map(rs))
			.optional();
	}

	/** The meeting of this pairing, when and how. */
	Optional<HeldMeeting> meeting(PairingId pairing, MeetingId meeting, ZoneId zone) {
		return this.jdbc.sql("""
				select id, occurred_on, scheduled_at, format, status from meeting
				where pairing_id = :pairing and id = :id""")
			.param("pairing", pairing.value())
			.param("id", meeting.value())
			.query((rs, row) -> heldMeeting(rs, zone))
			.optional();
	}

	/**
	 * The pairing's held meetings that the person has given no pulse for yet, newest
	 * first, at most {@code limit}.
	 */
	List<HeldMeeting> awaiting(PairingId pairing, UUID person, int limit, ZoneId zone) {
		return this.jdbc.sql("""
				select m.id, m.occurred_on, m.scheduled_at, m.format, m.status from meeting m
				where m.pairing_id = :pairing and m.status = 'HELD' and not exists (
				    select 1 from meeting_pulse p where p.meeting_id = m.id and p.person_id = :person)
				order by m.occurred_on desc, m.created_at desc limit :limit""")
			.param("pairing", pairing.value())
			.param("person", person)
			.param("limit", limit)
			.query((rs, row) -> heldMeeting(rs, zone))
			.list();
	}

	/**
	 * What a member owes the pairing, in one statement: the newest held meetings they
	 * have not given a pulse for (at most {@code limit}, as {@link #awaiting}) and the
	 * kinds of evaluation they have answered. Read with the page's other reads.
	 */
	Pending<Owed> owed(PairingId pairing, UUID person, int limit, ZoneId zone) {
		return this.reads.query("""
				select * from (
				  select 0 as part, m.id, m.occurred_on, m.scheduled_at, m.format, m.status, null::varchar as kind,
				    row_number() over (order by m.occurred_on desc, m.created_at desc) as n
				  from meeting m
				  where m.pairing_id = :pairing and m.status = 'HELD' and not exists (
				      select 1 from meeting_pulse p where p.meeting_id = m.id and p.person_id = :person)
				  order by m.occurred_on desc, m.created_at desc limit :limit) held
				union all
				select 1, null, null, null, null, null, e.kind, 0
				from evaluation e where e.pairing_id = :pairing and e.person_id = :person
				order by part, n""", Map.of("pairing", pairing.value(), "person", person, "limit", limit), (rs) -> {
			List<HeldMeeting> awaiting = new ArrayList<>();
			Set<EvaluationKind> answered = EnumSet.noneOf(EvaluationKind.class);
			while (rs.next()) {
				if (rs.getInt("part") == 0) {
					awaiting.add(heldMeeting(rs, zone));
				}
				else {
					answered.add(EvaluationKind.valueOf(rs.getString("kind")));
				}
			}
			return new Owed(awaiting, answered);
		});
	}

	/** The held meetings awaiting a member's pulse and the evaluations they answered. */
	record Owed(List<HeldMeeting> awaiting, Set<EvaluationKind> answered) {

	}

	private static HeldMeeting heldMeeting(ResultSet rs, ZoneId zone) throws SQLException {
		LocalDate day = rs.getObject("occurred_on", LocalDate.class);
		if (day == null) {
			day = LocalDate.ofInstant(rs.getTimestamp("scheduled_at").toInstant(), zone);
		}
		return new HeldMeeting(new MeetingId(rs.getObject("id", UUID.class)), day,
				MeetingFormat.valueOf(rs.getString("format")), MeetingStatus.valueOf(rs.getString("status")));
	}

	private Pulse map(ResultSet rs) throws SQLException {
		PulseId id = new PulseId(rs.getObject("id", UUID.class));
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		return new Pulse(id, new MeetingId(rs.getObject("meeting_id", UUID.class)), pairing,
				rs.getObject("person_id", UUID.class), rs.getInt("usefulness"),
				this.cipher.decryptOrWithhold(rs.getString("comment_enc"), place(id, pairing)),
				rs.getTimestamp("created_at").toInstant());
	}

	private static CipherContext place(PulseId id, PairingId pairing) {
		return new CipherContext("meeting_pulse", "comment_enc", id.value(), pairing.value());
	}

}
