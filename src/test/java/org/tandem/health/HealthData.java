package org.tandem.health;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a program's pairings and what happened in them straight into the tables, so that
 * a test knows every fact it expects the health figures to count. The confidential
 * columns get {@link #SENTINEL} texts: they must never reach a health page, the API or a
 * digest.
 */
final class HealthData {

	static final String SENTINEL = "Sentinel pair text 7f3a";

	private final JdbcClient jdbc;

	private final ProgramId program;

	HealthData(JdbcClient jdbc, ProgramId program) {
		this.jdbc = jdbc;
		this.program = program;
	}

	UUID person(String name, @Nullable String department) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into person (id, email, name, department, created_at)
				values (:id, :email, :name, :department, now())""")
			.param("id", id)
			.param("email", id + "@health.example.org")
			.param("name", name)
			.param("department", department)
			.update();
		return id;
	}

	UUID pairing(UUID mentor, UUID mentee, LocalDate startedOn, @Nullable LocalDate firstContactOn,
			@Nullable LocalDate lastContactOn, @Nullable LocalDate closedOn) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into pairing (id, program_id, mentor_id, mentee_id, status, started_on, first_contact_on,
				    last_contact_on, closed_on, created_at)
				values (:id, :program, :mentor, :mentee, :status, :started, :first, :last, :closed, now())""")
			.param("id", id)
			.param("program", this.program.value())
			.param("mentor", mentor)
			.param("mentee", mentee)
			.param("status", (closedOn == null) ? "ACTIVE" : "CLOSED")
			.param("started", startedOn)
			.param("first", firstContactOn)
			.param("last", lastContactOn)
			.param("closed", closedOn)
			.update();
		return id;
	}

	/** A meeting: held on the day, or scheduled (cancelled, missed) at noon of it. */
	void meeting(UUID pairing, UUID by, String status, String format, LocalDate day) {
		boolean held = "HELD".equals(status);
		this.jdbc.sql("""
				insert into meeting (id, pairing_id, scheduled_at, occurred_on, format, status, place_enc, agenda_enc,
				    shared_notes_enc, created_by, created_at, updated_at)
				values (:id, :pairing, :at, :day, :format, :status, :text, :text, :text, :by, now(), now())""")
			.param("id", UUID.randomUUID())
			.param("pairing", pairing)
			.param("at", held ? null : Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)))
			.param("day", held ? day : null)
			.param("format", format)
			.param("status", status)
			.param("text", SENTINEL + " meeting")
			.param("by", by)
			.update();
	}

	void goal(UUID pairing, UUID owner, String status) {
		this.jdbc.sql("""
				insert into goal (id, pairing_id, owner_id, title_enc, milestones_enc, status, created_by, created_at,
				    updated_at)
				values (:id, :pairing, :owner, :text, :text, :status, :owner, now(), now())""")
			.param("id", UUID.randomUUID())
			.param("pairing", pairing)
			.param("owner", owner)
			.param("text", SENTINEL + " goal")
			.param("status", status)
			.update();
	}

	UUID activity(String title) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into program_activity (id, program_id, title, position, created_at)
				values (:id, :program, :title, 100, now())""")
			.param("id", id)
			.param("program", this.program.value())
			.param("title", title)
			.update();
		return id;
	}

	void activity(UUID pairing, UUID activity, boolean done, @Nullable LocalDate doneOn) {
		this.jdbc.sql("""
				insert into pair_activity (pairing_id, activity_id, done, done_on, reflection_enc, updated_at)
				values (:pairing, :activity, :done, :on, :text, now())""")
			.param("pairing", pairing)
			.param("activity", activity)
			.param("done", done)
			.param("on", doneOn)
			.param("text", SENTINEL + " reflection")
			.update();
	}

	void concern(@Nullable UUID pairing, UUID author, String status) {
		this.jdbc.sql("""
				insert into concern (id, program_id, pairing_id, author_id, body_enc, status, created_at)
				values (:id, :program, :pairing, :author, :text, :status, :at)""")
			.param("id", UUID.randomUUID())
			.param("program", this.program.value())
			.param("pairing", pairing)
			.param("author", author)
			.param("text", SENTINEL + " concern")
			.param("status", status)
			.param("at", Timestamp.from(Instant.now()))
			.update();
	}

	void agreement(UUID pairing, UUID by, boolean mentorAcknowledged, boolean menteeAcknowledged) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.sql("""
				insert into agreement (pairing_id, ground_rules_enc, scope_enc, mentor_acknowledged_at,
				    mentee_acknowledged_at, updated_at, updated_by)
				values (:pairing, :text, :text, :mentor, :mentee, :now, :by)""")
			.param("pairing", pairing)
			.param("text", SENTINEL + " agreement")
			.param("mentor", mentorAcknowledged ? now : null)
			.param("mentee", menteeAcknowledged ? now : null)
			.param("now", now)
			.param("by", by)
			.update();
	}

	void pulse(UUID pairing, UUID person, int usefulness) {
		UUID meeting = UUID.randomUUID();
		this.jdbc.sql("""
				insert into meeting (id, pairing_id, occurred_on, format, status, created_by, created_at, updated_at)
				values (:id, :pairing, current_date - 400, 'PHONE', 'HELD', :by, now(), now())""")
			.param("id", meeting)
			.param("pairing", pairing)
			.param("by", person)
			.update();
		this.jdbc.sql("""
				insert into meeting_pulse (id, meeting_id, pairing_id, program_id, person_id, usefulness, comment_enc,
				    created_at)
				values (:id, :meeting, :pairing, :program, :person, :usefulness, :text, now())""")
			.param("id", UUID.randomUUID())
			.param("meeting", meeting)
			.param("pairing", pairing)
			.param("program", this.program.value())
			.param("person", person)
			.param("usefulness", usefulness)
			.param("text", SENTINEL + " pulse")
			.update();
	}

}
