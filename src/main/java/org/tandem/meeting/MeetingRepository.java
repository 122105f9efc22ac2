package org.tandem.meeting;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;
import org.tandem.program.PlaceKind;
import org.tandem.program.ProgramId;
import org.tandem.program.SuggestedPlace;
import org.tandem.program.SuggestedPlaces;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;
import org.tandem.shared.database.PageWithTotal;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code meeting} table, in plain SQL. Place, agenda and shared notes are written
 * only as ciphertext through {@link TextCipher}, bound to their row and pairing, and
 * decrypted only for the pair.
 */
@Repository
class MeetingRepository {

	private static final String COLUMNS = """
			id, pairing_id, scheduled_at, duration_minutes, occurred_on, format, status, place_enc, agenda_enc,
			shared_notes_enc, created_by, created_at, updated_at""";

	/** Newest first: by the day it happened or is planned for, then by entry. */
	private static final String NEWEST_FIRST = "order by coalesce(scheduled_at, occurred_on) desc, created_at desc";

	/**
	 * The program's places (one row of arrays, always there) beside a page of meetings
	 * with their total (none for an empty page).
	 */
	private static final String PAGE_WITH_PLACES = """
			select pl.place_ids, pl.place_names, pl.place_kinds, pl.place_descriptions, m.*
			from (select array_agg(s.id::text order by s.n) as place_ids, array_agg(s.name order by s.n) as place_names,
			    array_agg(s.kind::text order by s.n) as place_kinds,
			    array_agg(s.description order by s.n) as place_descriptions
			  from (select id, name, kind, description, row_number() over (%s) as n
			    from suggested_place where program_id = :program) s
			  where s.n <= :places) pl
			left join lateral (select %s, count(*) over () as total from meeting where pairing_id = :pairing
			  %s limit :limit offset :offset) m on true
			%s
			""".formatted(SuggestedPlaces.ORDER, COLUMNS, NEWEST_FIRST, NEWEST_FIRST);

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	MeetingRepository(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * @param placeId the program's suggested place the meeting's place names, if any
	 */
	void insert(Meeting meeting, @Nullable UUID placeId) {
		this.jdbc.sql("insert into meeting (" + COLUMNS + """
				, place_id) values (:id, :pairing, :scheduledAt, :duration, :occurredOn, :format, :status, :place,
				:agenda, :notes, :createdBy, :createdAt, :updatedAt, :placeId)""")
			.param("id", meeting.id())
			.param("placeId", placeId)
			.param("pairing", meeting.pairingId().value())
			.param("scheduledAt", timestamp(meeting.scheduledAt()))
			.param("duration", meeting.durationMinutes())
			.param("occurredOn", meeting.occurredOn())
			.param("format", meeting.format().name())
			.param("status", meeting.status().name())
			.param("place", encrypt(meeting.place(), "place_enc", meeting))
			.param("agenda", encrypt(meeting.agenda(), "agenda_enc", meeting))
			.param("notes", encrypt(meeting.sharedNotes(), "shared_notes_enc", meeting))
			.param("createdBy", meeting.createdBy())
			.param("createdAt", Timestamp.from(meeting.createdAt()))
			.param("updatedAt", Timestamp.from(meeting.updatedAt()))
			.update();
	}

	void update(Meeting meeting) {
		this.jdbc.sql("""
				update meeting set scheduled_at = :scheduledAt, duration_minutes = :duration,
				occurred_on = :occurredOn, status = :status, place_enc = :place,
				agenda_enc = :agenda, shared_notes_enc = :notes, updated_at = :updatedAt
				where id = :id""")
			.param("id", meeting.id())
			.param("scheduledAt", timestamp(meeting.scheduledAt()))
			.param("duration", meeting.durationMinutes())
			.param("occurredOn", meeting.occurredOn())
			.param("status", meeting.status().name())
			.param("place", encrypt(meeting.place(), "place_enc", meeting))
			.param("agenda", encrypt(meeting.agenda(), "agenda_enc", meeting))
			.param("notes", encrypt(meeting.sharedNotes(), "shared_notes_enc", meeting))
			.param("updatedAt", Timestamp.from(meeting.updatedAt()))
			.update();
	}

	/**
	 * Records which of the program's suggested places the meeting's place names, or none.
	 */
	void linkPlace(UUID id, @Nullable UUID placeId) {
		this.jdbc.sql("update meeting set place_id = :placeId where id = :id")
			.param("id", id)
			.param("placeId", placeId)
			.update();
	}

	/**
	 * Raises the meeting's calendar sequence.
	 * @return the new sequence
	 */
	int nextSequence(UUID id) {
		return this.jdbc.sql(
				"update meeting set calendar_sequence = calendar_sequence + 1 where id = :id returning calendar_sequence")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	/**
	 * The newest meetings of every pairing the person is or was one of, without texts.
	 */
	List<MeetingTime> timesOf(UUID personId, int limit) {
		return this.jdbc.sql("""
				select m.id, m.pairing_id, p.mentor_id, p.mentee_id, m.scheduled_at, m.duration_minutes,
				    m.occurred_on, m.format, m.status, m.calendar_sequence, m.created_by, m.updated_at
				from meeting m join pairing p on p.id = m.pairing_id
				where p.mentor_id = :person or p.mentee_id = :person
				order by coalesce(m.scheduled_at, m.occurred_on) desc, m.created_at desc
				limit :limit""").param("person", personId).param("limit", limit).query((rs, row) -> {
			Timestamp scheduledAt = rs.getTimestamp("scheduled_at");
			int duration = rs.getInt("duration_minutes");
			Integer durationMinutes = rs.wasNull() ? null : duration;
			return new MeetingTime(rs.getObject("id", UUID.class),
					new PairingId(rs.getObject("pairing_id", UUID.class)), rs.getObject("mentor_id", UUID.class),
					rs.getObject("mentee_id", UUID.class), (scheduledAt != null) ? scheduledAt.toInstant() : null,
					durationMinutes, rs.getObject("occurred_on", LocalDate.class),
					MeetingFormat.valueOf(rs.getString("format")), MeetingStatus.valueOf(rs.getString("status")),
					rs.getInt("calendar_sequence"), rs.getObject("created_by", UUID.class),
					rs.getTimestamp("updated_at").toInstant());
		}).list();
	}

	/**
	 * The meeting of this pairing, with its row locked until the transaction ends.
	 */
	Optional<Meeting> lock(PairingId pairing, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from meeting where pairing_id = :pairing and id = :id for update")
			.param("pairing", pairing.value())
			.param("id", id)
			.query((rs, row) -> map(rs, true))
			.optional();
	}

	/**
	 * The pairing's meetings still scheduled to start after {@code after}, rows locked
	 * until the transaction ends.
	 */
	List<Meeting> lockScheduledAfter(PairingId pairing, Instant after) {
		return this.jdbc
			.sql("select " + COLUMNS + " from meeting where pairing_id = :pairing and status = 'SCHEDULED'"
					+ " and scheduled_at > :after order by scheduled_at, id for update")
			.param("pairing", pairing.value())
			.param("after", Timestamp.from(after))
			.query((rs, row) -> map(rs, true))
			.list();
	}

	/**
	 * A page of the pairing's meetings, newest first, with their total in the same
	 * statement (only a page past the end counts apart); the confidential texts are
	 * decrypted only when {@code withTexts}.
	 */
	PageResponse<Meeting> pageWithTotal(PairingId pairing, boolean withTexts, Paging paging) {
		return PageWithTotal.query(this.jdbc
			.sql("select " + COLUMNS + ", count(*) over () as total from meeting where pairing_id = :pairing "
					+ NEWEST_FIRST + " limit :limit offset :offset")
			.param("pairing", pairing.value()), paging, (rs, row) -> map(rs, withTexts), () -> count(pairing));
	}

	/**
	 * A page of the pairing's meetings with their texts, as {@link #pageWithTotal}, and
	 * the program's suggested places (at most {@value SuggestedPlaces#MAX_PLACES}, in
	 * their list order) in the same statement: the meetings page of one of the pair.
	 * Places are not confidential; every member of the program reads them.
	 */
	WithPlaces pageWithPlaces(PairingId pairing, ProgramId program, Paging paging) {
		List<Meeting> meetings = new ArrayList<>();
		List<SuggestedPlace> places = new ArrayList<>();
		long[] total = { -1 };
		this.jdbc.sql(PAGE_WITH_PLACES)
			.param("pairing", pairing.value())
			.param("program", program.value())
			.param("places", SuggestedPlaces.MAX_PLACES)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs) -> {
				if (meetings.isEmpty()) {
					// every row carries the places: the first is read
					places.addAll(places(rs, program));
				}
				if (rs.getObject("id", UUID.class) != null) {
					total[0] = rs.getLong("total");
					meetings.add(map(rs, true));
				}
			});
		if (total[0] < 0) {
			total[0] = (paging.offset() == 0) ? 0 : count(pairing);
		}
		return new WithPlaces(new PageResponse<>(meetings, paging.page(), paging.size(), total[0]), places);
	}

	private static List<SuggestedPlace> places(ResultSet rs, ProgramId program) throws SQLException {
		String[] ids = texts(rs, "place_ids");
		String[] names = texts(rs, "place_names");
		String[] kinds = texts(rs, "place_kinds");
		String[] descriptions = texts(rs, "place_descriptions");
		List<SuggestedPlace> places = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			places.add(new SuggestedPlace(UUID.fromString(ids[i]), program, names[i], PlaceKind.valueOf(kinds[i]),
					descriptions[i]));
		}
		return places;
	}

	private static String[] texts(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array == null) ? new String[0] : (String[]) array.getArray();
	}

	/** A page of meetings and the program's suggested places. */
	record WithPlaces(PageResponse<Meeting> meetings, List<SuggestedPlace> places) {

	}

	long count(PairingId pairing) {
		return this.jdbc.sql("select count(*) from meeting where pairing_id = :pairing")
			.param("pairing", pairing.value())
			.query(Long.class)
			.single();
	}

	private Meeting map(ResultSet rs, boolean withTexts) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		Timestamp scheduledAt = rs.getTimestamp("scheduled_at");
		int duration = rs.getInt("duration_minutes");
		Integer durationMinutes = rs.wasNull() ? null : duration;
		LocalDate occurredOn = rs.getObject("occurred_on", LocalDate.class);
		return new Meeting(id, pairing, (scheduledAt != null) ? scheduledAt.toInstant() : null, durationMinutes,
				occurredOn, MeetingFormat.valueOf(rs.getString("format")),
				MeetingStatus.valueOf(rs.getString("status")), text(rs, "place_enc", id, pairing, withTexts),
				text(rs, "agenda_enc", id, pairing, withTexts), text(rs, "shared_notes_enc", id, pairing, withTexts),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private @Nullable String encrypt(@Nullable String text, String column, Meeting meeting) {
		return this.cipher.encryptNullable(text, place(column, meeting.id(), meeting.pairingId()));
	}

	/**
	 * A text that is not authentic for its row reads as {@code null}: a ciphertext copied
	 * in from another pair's meeting shows nothing.
	 */
	private @Nullable String text(ResultSet rs, String column, UUID id, PairingId pairing, boolean withTexts)
			throws SQLException {
		return withTexts ? this.cipher.decryptOrWithhold(rs.getString(column), place(column, id, pairing)) : null;
	}

	private static CipherContext place(String column, UUID id, PairingId pairing) {
		return new CipherContext("meeting", column, id, pairing.value());
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
