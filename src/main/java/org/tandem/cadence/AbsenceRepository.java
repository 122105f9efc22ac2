package org.tandem.cadence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code absence} table, in plain SQL. The private note is stored encrypted (AES-GCM
 * through {@link TextCipher}, bound to its row); it is decrypted only when a row is read
 * back.
 */
@Repository
class AbsenceRepository {

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	AbsenceRepository(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * Serializes writers of one person's absences until the transaction ends, so that two
	 * overlapping announcements cannot both miss each other when merging.
	 */
	void lock(UUID personId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:key))")
			.param("key", "absence:" + personId)
			.query((rs, row) -> true)
			.list();
	}

	/**
	 * The person's absences sharing at least one day with {@code [from, to]}.
	 */
	List<Absence> overlapping(UUID personId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id, person_id, starts_on, ends_on, note from absence
				where person_id = :person and ends_on >= :from and starts_on <= :to
				order by starts_on
				""").param("person", personId).param("from", from).param("to", to).query(this::map).list();
	}

	/**
	 * The date ranges of the given people's absences sharing a day with
	 * {@code [from, to]}: one query on the {@code (person_id, ends_on)} index. Bounded
	 * because one person's stored absences never overlap, so there are at most as many
	 * per person as days in the window.
	 */
	List<DateRange> ranges(Collection<UUID> personIds, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select starts_on, ends_on from absence
				where person_id in (:people) and ends_on >= :from and starts_on <= :to
				order by starts_on
				""")
			.param("people", personIds)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new DateRange(rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class)))
			.list();
	}

	/**
	 * Like {@link #ranges}, keeping whose absence each range is.
	 */
	List<Map.Entry<UUID, DateRange>> rangesByPerson(Collection<UUID> personIds, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select person_id, starts_on, ends_on from absence
				where person_id in (:people) and ends_on >= :from and starts_on <= :to
				order by starts_on
				""")
			.param("people", personIds)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> Map.entry(rs.getObject("person_id", UUID.class),
					new DateRange(rs.getObject("starts_on", LocalDate.class),
							rs.getObject("ends_on", LocalDate.class))))
			.list();
	}

	List<Absence> page(UUID personId, int limit, long offset) {
		return this.jdbc.sql("""
				select id, person_id, starts_on, ends_on, note from absence where person_id = :person
				order by starts_on desc, id limit :limit offset :offset
				""").param("person", personId).param("limit", limit).param("offset", offset).query(this::map).list();
	}

	long count(UUID personId) {
		return this.jdbc.sql("select count(*) from absence where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	void insert(Absence absence, Instant now) {
		this.jdbc.sql("""
				insert into absence (id, person_id, starts_on, ends_on, note, created_at)
				values (:id, :person, :from, :to, :note, :now)
				""")
			.param("id", absence.id())
			.param("person", absence.personId())
			.param("from", absence.from())
			.param("to", absence.to())
			.param("note", this.cipher.encryptNullable(absence.note(), note(absence.id())))
			.param("now", Timestamp.from(now))
			.update();
	}

	void delete(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("delete from absence where id in (:ids)").param("ids", ids).update();
		}
	}

	/**
	 * Deletes one absence of the person; {@code false} if the person has no absence with
	 * this id.
	 */
	boolean delete(UUID personId, UUID absenceId) {
		return this.jdbc.sql("delete from absence where id = :id and person_id = :person")
			.param("id", absenceId)
			.param("person", personId)
			.update() == 1;
	}

	private Absence map(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		return new Absence(id, rs.getObject("person_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class),
				this.cipher.decryptOrWithhold(rs.getString("note"), note(id)));
	}

	private static CipherContext note(UUID absenceId) {
		return CipherContext.of("absence", "note", absenceId);
	}

}
