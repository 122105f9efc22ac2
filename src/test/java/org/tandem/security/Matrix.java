package org.tandem.security;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.tandem.program.Role;
import org.tandem.security.AuthorizationMatrixTests.Context;
import org.tandem.security.AuthorizationMatrixTests.Row;
import org.tandem.security.AuthorizationMatrixTests.Target;
import org.tandem.security.MatrixFixture.Caller;
import org.tandem.support.Fixtures;

import static org.tandem.security.AuthorizationMatrixTests.Target.ABSENCE;
import static org.tandem.security.AuthorizationMatrixTests.Target.ACTIVITY;
import static org.tandem.security.AuthorizationMatrixTests.Target.APPLICATION;
import static org.tandem.security.AuthorizationMatrixTests.Target.BOGUS_TOKEN;
import static org.tandem.security.AuthorizationMatrixTests.Target.CONCERN;
import static org.tandem.security.AuthorizationMatrixTests.Target.DOCUMENT;
import static org.tandem.security.AuthorizationMatrixTests.Target.EVALUATION;
import static org.tandem.security.AuthorizationMatrixTests.Target.FEED;
import static org.tandem.security.AuthorizationMatrixTests.Target.FRESH_CONCERN;
import static org.tandem.security.AuthorizationMatrixTests.Target.FRESH_MEETING;
import static org.tandem.security.AuthorizationMatrixTests.Target.FRESH_NOTE;
import static org.tandem.security.AuthorizationMatrixTests.Target.FRESH_PERSON;
import static org.tandem.security.AuthorizationMatrixTests.Target.FRESH_RUN;
import static org.tandem.security.AuthorizationMatrixTests.Target.FRESH_SHARED_NOTE;
import static org.tandem.security.AuthorizationMatrixTests.Target.GOAL;
import static org.tandem.security.AuthorizationMatrixTests.Target.IDEA;
import static org.tandem.security.AuthorizationMatrixTests.Target.MEETING;
import static org.tandem.security.AuthorizationMatrixTests.Target.MY_ABSENCE;
import static org.tandem.security.AuthorizationMatrixTests.Target.MY_TOKEN;
import static org.tandem.security.AuthorizationMatrixTests.Target.NONE;
import static org.tandem.security.AuthorizationMatrixTests.Target.NOTE;
import static org.tandem.security.AuthorizationMatrixTests.Target.OUTBOX;
import static org.tandem.security.AuthorizationMatrixTests.Target.PAIRING;
import static org.tandem.security.AuthorizationMatrixTests.Target.PAIR_ACTIVITY;
import static org.tandem.security.AuthorizationMatrixTests.Target.PERSON;
import static org.tandem.security.AuthorizationMatrixTests.Target.PLACE;
import static org.tandem.security.AuthorizationMatrixTests.Target.PROGRAM;
import static org.tandem.security.AuthorizationMatrixTests.Target.QUESTION;
import static org.tandem.security.AuthorizationMatrixTests.Target.RUN;
import static org.tandem.security.AuthorizationMatrixTests.Target.TIP;

/**
 * The table of the authorization matrix: what API.md and DESIGN.md say each caller gets.
 * Groups: anonymous | mentee E | mentor M | committee C | other program's committee C2 |
 * administrator A; two codes in a group are (own object, other object). See
 * {@link AuthorizationMatrixTests} for the codes.
 */
final class Matrix {

	// the usual shapes, named so that a row reads as a rule

	/** Any signed-in person, about themself. */
	private static final String PAGE_ANYONE = "L | A | A | A | A | A";

	private static final String API_ANYONE = "U | A | A | A | A | A";

	/** Administrators and any committee member (people and the directory). */
	private static final String PAGE_MANAGERS = "L | F | F | A | A | A";

	private static final String API_MANAGERS = "U | F | F | A | A | A";

	/** Administrators only. */
	private static final String PAGE_ADMIN = "L | F | F | F | F | A";

	private static final String API_ADMIN = "U | F | F | F | F | A";

	/** P1's or P2's committee, and administrators; participants who see P1 get 403. */
	private static final String PAGE_PROGRAM_COMMITTEE = "L | F D | F D | A D | D A | A A";

	private static final String API_PROGRAM_COMMITTEE = "U | F D | F D | A D | D A | A A";

	/** A program's participants (any role) and administrators read it. */
	private static final String PAGE_PROGRAM_READERS = "L | A D | A D | A D | D A | A A";

	private static final String API_PROGRAM_READERS = "U | A D | A D | A D | D A | A A";

	/**
	 * A program's mentors and mentees (rankings); its committee and administrators 403.
	 */
	private static final String PAGE_PROGRAM_PAIRS = "L | A D | A D | F D | D F | F F";

	private static final String API_PROGRAM_PAIRS = "U | A D | A D | F D | D F | F F";

	/**
	 * A matching run: its program's committee and administrators; nobody else knows it.
	 */
	private static final String PAGE_RUN = "L | D D | D D | A D | D A | A A";

	private static final String API_RUN = "U | D D | D D | A D | D A | A A";

	/**
	 * A pairing's metadata: the pair, its committee, administrators; another pair 404.
	 */
	private static final String PAGE_PAIRING_READ = "L | A N | A N | A A | D D | A A";

	private static final String API_PAIRING_READ = "U | A N | A N | A A | D D | A A";

	/**
	 * What only the pair writes (meetings, agreement): nobody else, committee included.
	 */
	private static final String PAGE_PAIR_ONLY = "L | A N | A N | D D | D D | D D";

	private static final String API_PAIR_ONLY = "U | A N | A N | D D | D D | D D";

	/**
	 * The pair's notes: the mentor and the mentee; to everyone else, committee and
	 * administrators included, they do not exist.
	 */
	private static final String PAGE_NOTES = "L | A N | A N | N N | N N | N N";

	private static final String API_NOTES = "U | A N | A N | N N | N N | N N";

	/**
	 * A private note of the mentee E (or E2): its author alone; the partner M gets 404
	 * like everyone else.
	 */
	private static final String PAGE_NOTE_AUTHOR = "L | A N | N N | N N | N N | N N";

	private static final String API_NOTE_AUTHOR = "U | A N | N N | N N | N N | N N";

	/** A shared note of the mentee E (or E2) changed: its author; the partner M 403. */
	private static final String PAGE_SHARED_NOTE_AUTHOR = "L | A N | F N | N N | N N | N N";

	/** A pair's documents: the pair only, 404 for everyone else. */
	private static final String PAIR_DOCUMENTS_PAGE = "L | A N | A N | N N | N N | N N";

	private static final String PAIR_DOCUMENTS_API = "U | A N | A N | N N | N N | N N";

	/** A small PDF for the upload rows (the type is read from the content). */
	static final String PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
			+ "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";

	private static final String API_SHARED_NOTE_AUTHOR = "U | A N | F N | N N | N N | N N";

	/**
	 * A concern of the mentee E (or E2): its author, the program's committee and
	 * administrators; the partner M and another program's committee get 404.
	 */
	private static final String PAGE_CONCERN_READ = "L | A N | N N | A A | N N | A A";

	private static final String API_CONCERN_READ = "U | A N | N N | A A | N N | A A";

	/** Answering a concern: the committee and administrators; its author 403. */
	private static final String PAGE_CONCERN_ANSWER = "L | F N | N N | A A | N N | A A";

	private static final String API_CONCERN_ANSWER = "U | F N | N N | A A | N N | A A";

	/** Something of the caller's own (a token, an absence): someone else's is 404. */
	private static final String PAGE_MINE = "L | A N | A N | A N | A N | A N";

	/** Only an administrator, on anyone (disable, enable). */
	private static final String PAGE_ADMIN_ON_PERSON = "L | D D | D D | D D | D D | A A";

	static final List<Row> ROWS = List.of(
	// @formatter:off
			// ---- JSON API ----------------------------------------------------------------
			row("POST", "/api/v1/tokens", NONE, "A | A | A | A | A | A")
				.json((c) -> "{\"email\":\"" + c.world().mentee.email() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}"),
			row("GET", "/api/v1/me", NONE, API_ANYONE),
			// only an administrator (and only without SMTP) is handed the one-time invitation link
			row("POST", "/api/v1/people", NONE, API_MANAGERS)
				.neverShows("/invitations/", Caller.COMMITTEE, Caller.OTHER_COMMITTEE)
				.json((c) -> "{\"email\":\"" + Fixtures.uniqueEmail("matrix") + "\",\"name\":\"Nia New\"}"),
			row("GET", "/api/v1/people", NONE, API_MANAGERS),
			row("GET", "/api/v1/people/{id}", PERSON, "U | A D | A D | A A | D D | A A"),
			// email, name and supervisorId: the person themself or an administrator only
			row("PATCH", "/api/v1/people/{id}", PERSON, "U | A D | D D | D D | D D | A A")
				.json((c) -> "{\"name\":\"" + MatrixFixture.unique("Renamed") + "\"}"),
			// the person themself, or committee (and so administrators) on their behalf
			row("POST", "/api/v1/people/{id}/absences", PERSON, "U | A D | D D | A A | D D | A A")
				.json((c) -> "{\"from\":\"" + MatrixFixture.today().plusDays(90) + "\",\"to\":\""
						+ MatrixFixture.today().plusDays(91) + "\",\"note\":\"Recorded by the matrix\"}"),
			row("GET", "/api/v1/people/{id}/absences", PERSON, "U | A D | D D | A A | D D | A A"),
			// only the person themself withdraws an absence
			row("DELETE", "/api/v1/people/{id}/absences/{absenceId}", ABSENCE, "U | A D | D D | D D | D D | D D"),
			row("POST", "/api/v1/programs", NONE, API_ADMIN)
				.json((c) -> "{\"name\":\"" + MatrixFixture.unique("Matrix made") + "\",\"startsOn\":\"2026-01-01\","
						+ "\"endsOn\":\"2026-12-31\"}"),
			row("GET", "/api/v1/programs", NONE, API_ANYONE),
			row("GET", "/api/v1/programs/{id}", PROGRAM, API_PROGRAM_READERS),
			row("PATCH", "/api/v1/programs/{id}", PROGRAM, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"description\":\"Changed by the matrix\"}"),
			row("GET", "/api/v1/programs/{id}/places", PROGRAM, API_PROGRAM_READERS),
			row("POST", "/api/v1/programs/{id}/participants", PROGRAM, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"personId\":\"" + c.world().freshPerson().id().value() + "\",\"role\":\"MENTEE\"}"),
			// the committee sees every participation; mentors and mentees the active ones (to rank)
			row("GET", "/api/v1/programs/{id}/participants", PROGRAM, API_PROGRAM_READERS),
			// whoever sees the program may apply (P1 and P2 are closed: 409 for them)
			row("POST", "/api/v1/programs/{id}/applications", PROGRAM, API_PROGRAM_READERS)
				.json((c) -> "{\"role\":\"MENTEE\"}"),
			row("POST", "/api/v1/programs/{id}/participants/{participantId}/approve", APPLICATION, API_PROGRAM_COMMITTEE),
			row("POST", "/api/v1/programs/{id}/participants/{participantId}/decline", APPLICATION, API_PROGRAM_COMMITTEE),
			row("POST", "/api/v1/programs/{id}/pairings", PROGRAM, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"mentorId\":\"" + fresh(c, Role.MENTOR) + "\",\"menteeId\":\"" + fresh(c, Role.MENTEE) + "\"}"),
			row("GET", "/api/v1/programs/{id}/pairings", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/pairings/{id}", PAIRING, API_PAIRING_READ),
			row("GET", "/api/v1/me/pairings", NONE, API_ANYONE),
			// committee, or either member
			row("POST", "/api/v1/pairings/{id}/close", PAIRING, API_PAIRING_READ)
				.json((c) -> "{\"reason\":\"The matrix closes it.\"}").destructive(),
			row("POST", "/api/v1/pairings/{id}/meetings", PAIRING, API_PAIR_ONLY)
				.json((c) -> "{\"occurredOn\":\"" + MatrixFixture.today() + "\",\"format\":\"LUNCH\"}"),
			// the committee and administrators see dates and formats only (checked for leaks)
			row("GET", "/api/v1/pairings/{id}/meetings", PAIRING, API_PAIRING_READ),
			row("PATCH", "/api/v1/pairings/{id}/meetings/{meetingId}", MEETING, API_PAIR_ONLY)
				.json((c) -> "{\"durationMinutes\":45}"),
			// the committee and administrators see whether it is acknowledged, never the text
			row("GET", "/api/v1/pairings/{id}/agreement", PAIRING, API_PAIRING_READ),
			row("PUT", "/api/v1/pairings/{id}/agreement", PAIRING, API_PAIR_ONLY)
				.json((c) -> "{\"groundRules\":\"" + c.world().secret(c.side()) + " rules\",\"formats\":[\"WALKING\"],"
						+ "\"confidentialityPledge\":true}"),
			row("POST", "/api/v1/pairings/{id}/agreement/acknowledgements", PAIRING, API_PAIR_ONLY)
				.json((c) -> "{\"version\":" + c.world().agreementVersion(c.side()) + "}"),
			row("POST", "/api/v1/programs/{id}/matching-runs", PROGRAM, API_PROGRAM_COMMITTEE).json((c) -> "{}"),
			row("GET", "/api/v1/matching-runs/{id}", RUN, API_RUN),
			row("POST", "/api/v1/matching-runs/{id}/publish", FRESH_RUN, API_RUN),
			row("POST", "/api/v1/matching-runs/{id}/discard", FRESH_RUN, API_RUN),
			row("GET", "/api/v1/programs/{id}/preferences/me", PROGRAM, API_PROGRAM_PAIRS),
			row("PUT", "/api/v1/programs/{id}/preferences/me", PROGRAM, API_PROGRAM_PAIRS)
				.json((c) -> "{\"mentorIds\":[]}"),
			row("POST", "/api/v1/me/calendar-feed", NONE, API_ANYONE),
			row("DELETE", "/api/v1/me/calendar-feed", NONE, API_ANYONE),

			// ---- pages: public -------------------------------------------------------------
			row("GET", "/login", NONE, "A | A | A | A | A | A"),
			// the JSON API's OpenAPI document and its browsable version
			row("GET", "/v3/api-docs", NONE, "A | A | A | A | A | A"),
			row("GET", "/api-docs", NONE, "A | A | A | A | A | A"),
			row("GET", "/setup/{token}", BOGUS_TOKEN, "N | N | N | N | N | N"),
			row("POST", "/setup/{token}", BOGUS_TOKEN, "N | N | N | N | N | N")
				.form((c) -> Map.of("name", "Sly Setup", "email", Fixtures.uniqueEmail("setup"), "password",
						"a long enough password")),
			row("GET", "/invitations/{token}", BOGUS_TOKEN, "N | N | N | N | N | N"),
			row("POST", "/invitations/{token}", BOGUS_TOKEN, "N | N | N | N | N | N")
				.form((c) -> Map.of("password", "a long enough password", "passwordRepeated", "a long enough password")),
			// a secret feed URL is the only authentication of the feed
			row("GET", "/calendar/{token}.ics", FEED, "A | A | A | A | A | A"),

			// ---- pages: the caller themself ----------------------------------------------------
			row("GET", "/", NONE, PAGE_ANYONE),
			row("GET", "/me", NONE, PAGE_ANYONE),
			row("GET", "/notifications", NONE, PAGE_ANYONE),
			row("POST", "/notifications/read", NONE, PAGE_ANYONE),
			row("GET", "/settings/email", NONE, PAGE_ANYONE),
			row("POST", "/settings/email", NONE, PAGE_ANYONE).form((c) -> Map.of("frequency", "WEEKLY")),
			row("GET", "/settings/tokens", NONE, PAGE_ANYONE),
			row("POST", "/settings/tokens", NONE, PAGE_ANYONE).form((c) -> Map.of("name", "Matrix token")),
			row("POST", "/settings/tokens/{id}/revoke", MY_TOKEN, PAGE_MINE),
			row("GET", "/settings/password", NONE, PAGE_ANYONE),
			// a wrong current password: the form answers, nothing changes
			row("POST", "/settings/password", NONE, PAGE_ANYONE)
				.form((c) -> Map.of("currentPassword", "not the password at all", "newPassword",
						"another long password", "newPasswordRepeated", "another long password")),
			row("GET", "/settings/calendar", NONE, PAGE_ANYONE),
			row("POST", "/settings/calendar", NONE, PAGE_ANYONE),
			row("POST", "/settings/calendar/revoke", NONE, PAGE_ANYONE),
			row("GET", "/me/absences", NONE, PAGE_ANYONE),
			row("POST", "/me/absences", NONE, PAGE_ANYONE)
				.form((c) -> Map.of("from", MatrixFixture.today().plusDays(120).toString(), "to",
						MatrixFixture.today().plusDays(121).toString(), "note", "Away")),
			row("POST", "/me/absences/{id}/delete", MY_ABSENCE, PAGE_MINE),
			row("GET", "/pairings", NONE, PAGE_ANYONE),

			// ---- pages: people ---------------------------------------------------------------
			row("GET", "/people", NONE, PAGE_MANAGERS),
			row("GET", "/people/search", NONE, PAGE_MANAGERS),
			row("GET", "/people/new", NONE, PAGE_MANAGERS),
			row("POST", "/people", NONE, PAGE_MANAGERS)
				.form((c) -> Map.of("name", "Nia New", "email", Fixtures.uniqueEmail("matrix"))),
			row("GET", "/people/import", NONE, PAGE_MANAGERS),
			row("POST", "/people/import", NONE, PAGE_MANAGERS)
				.file("email,name\n" + Fixtures.uniqueEmail("imported") + ",Ida Imported\n"),
			row("POST", "/people/import/confirm", NONE, PAGE_MANAGERS).form((c) -> Map.of("token", "no-such-preview")),
			row("GET", "/people/{id}", PERSON, "L | A D | A D | A A | D D | A A"),
			// the committee may or may not open the form (for the fields it may change): not
			// settled by the contract; saving a name is the person's or an administrator's
			row("GET", "/people/{id}/edit", PERSON, "L | A D | D D | X X | D D | A A"),
			row("POST", "/people/{id}/edit", PERSON, "L | A D | D D | D D | D D | A A")
				.form((c) -> Map.of("name", MatrixFixture.unique("Renamed"), "email",
						c.world().subject(c.side()).email())),
			row("POST", "/people/{id}/disable", FRESH_PERSON, PAGE_ADMIN_ON_PERSON),
			row("POST", "/people/{id}/enable", FRESH_PERSON, PAGE_ADMIN_ON_PERSON),

			// ---- pages: programs -------------------------------------------------------------
			row("GET", "/programs", NONE, PAGE_ANYONE),
			row("GET", "/programs/new", NONE, PAGE_ADMIN),
			row("POST", "/programs", NONE, PAGE_ADMIN).form((c) -> programForm()),
			row("GET", "/programs/{id}", PROGRAM, PAGE_PROGRAM_READERS),
			row("GET", "/programs/{id}/edit", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/edit", PROGRAM, PAGE_PROGRAM_COMMITTEE).form((c) -> programForm()),
			row("POST", "/programs/{id}/participants", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("email", c.world().freshPerson().email(), "role", "MENTEE", "capacity", "0")),
			row("POST", "/programs/{id}/applications", PROGRAM, PAGE_PROGRAM_READERS)
				.form((c) -> Map.of("role", "MENTEE")),
			row("POST", "/programs/{id}/participants/{participantId}/approve", APPLICATION, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/participants/{participantId}/decline", APPLICATION, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/places", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/places", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("name", MatrixFixture.unique("Matrix lunch"), "kind", "LUNCH")),
			row("POST", "/programs/{id}/places/{placeId}/delete", PLACE, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/pairings", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/pairings", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("mentorId", fresh(c, Role.MENTOR), "menteeId", fresh(c, Role.MENTEE), "startedOn", "")),

			// ---- pages: matching ---------------------------------------------------------------
			row("GET", "/programs/{id}/preferences", PROGRAM, PAGE_PROGRAM_PAIRS),
			row("POST", "/programs/{id}/preferences", PROGRAM, PAGE_PROGRAM_PAIRS),
			row("GET", "/programs/{id}/matching/settings", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/matching/settings", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/matching", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/matching-runs", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/matching-runs/{id}", RUN, PAGE_RUN),
			row("GET", "/matching-runs/{id}/swap", FRESH_RUN, PAGE_RUN).query((c) -> "menteeId=" + c.vars().get("menteeId")),
			row("POST", "/matching-runs/{id}/forbid", FRESH_RUN, PAGE_RUN).form(Matrix::sparePair),
			row("POST", "/matching-runs/{id}/pin", FRESH_RUN, PAGE_RUN).form(Matrix::sparePair),
			row("POST", "/matching-runs/{id}/forbid/remove", FRESH_RUN, PAGE_RUN).form(Matrix::sparePair),
			row("POST", "/matching-runs/{id}/pin/remove", FRESH_RUN, PAGE_RUN).form(Matrix::sparePair),
			row("POST", "/matching-runs/{id}/publish", FRESH_RUN, PAGE_RUN),
			row("POST", "/matching-runs/{id}/discard", FRESH_RUN, PAGE_RUN),

			// ---- pages: a pairing and its children -----------------------------------------------
			row("GET", "/pairings/{id}", PAIRING, PAGE_PAIRING_READ),
			row("GET", "/pairings/{id}/close", PAIRING, PAGE_PAIRING_READ),
			row("POST", "/pairings/{id}/close", PAIRING, PAGE_PAIRING_READ)
				.form((c) -> Map.of("reason", "The matrix closes it.")).destructive(),
			row("GET", "/pairings/{id}/meetings", PAIRING, PAGE_PAIRING_READ),
			row("POST", "/pairings/{id}/meetings/contacts", PAIRING, PAGE_PAIR_ONLY)
				.form((c) -> Map.of("occurredOn", MatrixFixture.today().toString(), "format", "LUNCH")),
			row("POST", "/pairings/{id}/meetings/scheduled", PAIRING, PAGE_PAIR_ONLY)
				.form((c) -> Map.of("scheduledAt", ahead(25), "format", "VIDEO")),
			row("POST", "/pairings/{id}/meetings/{meetingId}/move", MEETING, PAGE_PAIR_ONLY)
				.form((c) -> Map.of("scheduledAt", ahead(21), "format", "WALKING")),
			row("POST", "/pairings/{id}/meetings/{meetingId}/status", FRESH_MEETING, PAGE_PAIR_ONLY)
				.form((c) -> Map.of("status", "CANCELLED")),
			row("GET", "/pairings/{id}/agreement", PAIRING, PAGE_PAIRING_READ),
			row("POST", "/pairings/{id}/agreement", PAIRING, PAGE_PAIR_ONLY)
				.form((c) -> Map.of("groundRules", c.world().secret(c.side()) + " rules", "formats", "WALKING",
						"confidentialityPledge", "true", "version", version(c))),
			row("POST", "/pairings/{id}/agreement/acknowledgements", PAIRING, PAGE_PAIR_ONLY)
				.form((c) -> Map.of("version", version(c))),

			// ---- suggested activities and resources (API and pages) --------------------------
			// the catalogue and the tips are the program's: its readers read, its committee keeps them
			row("GET", "/api/v1/programs/{id}/activities", PROGRAM, API_PROGRAM_READERS),
			row("POST", "/api/v1/programs/{id}/activities", PROGRAM, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"title\":\"" + MatrixFixture.unique("Matrix activity") + "\"}"),
			row("PATCH", "/api/v1/programs/{id}/activities/{activityId}", ACTIVITY, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"description\":\"Changed by the matrix\"}"),
			row("DELETE", "/api/v1/programs/{id}/activities/{activityId}", ACTIVITY, API_PROGRAM_COMMITTEE),
			// the pair's checklist carries its reflections: for anyone else, committee included, 404
			row("GET", "/api/v1/pairings/{id}/activities", PAIRING, "U | A N | A N | N N | N N | N N"),
			row("PATCH", "/api/v1/pairings/{id}/activities/{activityId}", PAIR_ACTIVITY, "U | A N | A N | N N | N N | N N")
				.json((c) -> "{\"done\":true,\"reflection\":\"" + c.world().secret(c.side()) + " reflection\"}"),
			row("GET", "/api/v1/programs/{id}/resources", PROGRAM, API_PROGRAM_READERS),
			row("GET", "/programs/{id}/activities", PROGRAM, PAGE_PROGRAM_READERS),
			row("POST", "/programs/{id}/activities", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("title", MatrixFixture.unique("Matrix activity"), "description", "")),
			row("POST", "/programs/{id}/activities/{activityId}", ACTIVITY, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("title", MatrixFixture.unique("Matrix activity"), "description", "Changed")),
			row("POST", "/programs/{id}/activities/{activityId}/retire", ACTIVITY, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/activities/{activityId}/move", ACTIVITY, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("direction", "up")),
			row("GET", "/pairings/{id}/activities", PAIRING, "L | A N | A N | N N | N N | N N"),
			row("POST", "/pairings/{id}/activities/{activityId}", PAIR_ACTIVITY, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("done", "true", "doneOn", "", "reflection", c.world().secret(c.side()) + " reflection")),
			row("GET", "/programs/{id}/resources", PROGRAM, PAGE_PROGRAM_READERS),
			row("GET", "/programs/{id}/resources/edit", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/resources/tips", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("title", MatrixFixture.unique("Matrix tip"), "audience", "BOTH", "moment", "",
						"body", "A tip of the matrix.")),
			row("POST", "/programs/{id}/resources/tips/{tipId}", TIP, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("title", MatrixFixture.unique("Matrix tip"), "audience", "MENTEE", "moment", "DUE",
						"body", "Changed by the matrix.")),
			row("POST", "/programs/{id}/resources/tips/{tipId}/delete", TIP, PAGE_PROGRAM_COMMITTEE),
			// ---- goals and goal comments (the pair's: 404 for everyone else, committee and administrators included)
			row("POST", "/api/v1/pairings/{id}/goals", PAIRING, "U | A N | A N | N N | N N | N N")
				.json((c) -> "{\"title\":\"" + c.world().secret(c.side()) + " goal\"}"),
			row("GET", "/api/v1/pairings/{id}/goals", PAIRING, "U | A N | A N | N N | N N | N N"),
			row("GET", "/api/v1/goals/{id}", GOAL, "U | A N | A N | N N | N N | N N"),
			row("PATCH", "/api/v1/goals/{id}", GOAL, "U | A N | A N | N N | N N | N N")
				.json((c) -> "{\"progress\":30,\"milestones\":[{\"title\":\"" + c.world().secret(c.side())
						+ " step\",\"done\":false}]}"),
			row("POST", "/api/v1/goals/{id}/comments", GOAL, "U | A N | A N | N N | N N | N N")
				.json((c) -> "{\"body\":\"" + c.world().secret(c.side()) + " comment\"}"),
			row("GET", "/api/v1/goals/{id}/comments", GOAL, "U | A N | A N | N N | N N | N N"),
			row("GET", "/pairings/{id}/goals", PAIRING, "L | A N | A N | N N | N N | N N"),
			row("POST", "/pairings/{id}/goals", PAIRING, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("title", c.world().secret(c.side()) + " goal", "owner", "PARTNER")),
			row("GET", "/goals/{id}", GOAL, "L | A N | A N | N N | N N | N N"),
			row("POST", "/goals/{id}", GOAL, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("title", c.world().secret(c.side()) + " goal", "progress", "40", "status", "OPEN")),
			row("POST", "/goals/{id}/milestones", GOAL, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("title", c.world().secret(c.side()) + " step")),
			// a stale version or index changes nothing and says so: still allowed
			row("POST", "/goals/{id}/milestones/toggle", GOAL, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("index", "0", "version", "0")),
			row("POST", "/goals/{id}/milestones/remove", GOAL, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("index", "0", "version", "0")),
			row("POST", "/goals/{id}/comments", GOAL, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("body", c.world().secret(c.side()) + " comment")),
			// ---- notes: the pair's, never the committee's (API and pages) --------------------------
			// nobody but E reads E's private notes (PRIVATE_NOTE), the partner M included
			row("GET", "/api/v1/pairings/{id}/notes", PAIRING, API_NOTES).neverShows(MatrixFixture.PRIVATE_NOTE, Caller.MENTOR),
			row("POST", "/api/v1/pairings/{id}/notes", PAIRING, API_NOTES)
				.json((c) -> "{\"body\":\"" + c.world().secret(c.side()) + " written\",\"visibility\":\"PAIR\"}"),
			row("GET", "/api/v1/notes/{id}", NOTE, API_NOTE_AUTHOR).neverShows(MatrixFixture.PRIVATE_NOTE, Caller.MENTOR),
			row("PATCH", "/api/v1/notes/{id}", FRESH_SHARED_NOTE, API_SHARED_NOTE_AUTHOR)
				.json((c) -> "{\"body\":\"" + c.world().secret(c.side()) + " changed\"}"),
			row("DELETE", "/api/v1/notes/{id}", FRESH_NOTE, API_NOTE_AUTHOR),
			row("GET", "/pairings/{id}/notes", PAIRING, PAGE_NOTES).neverShows(MatrixFixture.PRIVATE_NOTE, Caller.MENTOR),
			row("POST", "/pairings/{id}/notes", PAIRING, PAGE_NOTES)
				.form((c) -> Map.of("body", c.world().secret(c.side()) + " written", "visibility", "PRIVATE")),
			row("GET", "/notes/{id}/edit", NOTE, PAGE_NOTE_AUTHOR).neverShows(MatrixFixture.PRIVATE_NOTE, Caller.MENTOR),
			row("POST", "/notes/{id}/edit", FRESH_SHARED_NOTE, PAGE_SHARED_NOTE_AUTHOR)
				.form((c) -> Map.of("body", c.world().secret(c.side()) + " changed", "visibility", "PAIR")),
			row("POST", "/notes/{id}/delete", FRESH_NOTE, PAGE_NOTE_AUTHOR),
			// ---- pages: settings hub (local time and navigation) ------------------------------
			row("GET", "/settings", NONE, PAGE_ANYONE),

			// ---- messages: the pair's (404 for everyone else, committee and administrators included; API and pages)
			row("POST", "/api/v1/pairings/{id}/messages", PAIRING, "U | A N | A N | N N | N N | N N")
				.json((c) -> "{\"body\":\"" + c.world().secret(c.side()) + " message\"}"),
			row("GET", "/api/v1/pairings/{id}/messages", PAIRING, "U | A N | A N | N N | N N | N N"),
			row("POST", "/api/v1/pairings/{id}/messages/read", PAIRING, "U | A N | A N | N N | N N | N N"),
			row("GET", "/pairings/{id}/messages", PAIRING, "L | A N | A N | N N | N N | N N"),
			row("POST", "/pairings/{id}/messages", PAIRING, "L | A N | A N | N N | N N | N N")
				.form((c) -> Map.of("body", c.world().secret(c.side()) + " message")),
			row("GET", "/pairings/{id}/messages/conversation", PAIRING, "L | A N | A N | N N | N N | N N"),
			row("POST", "/pairings/{id}/messages/read", PAIRING, "L | A N | A N | N N | N N | N N"),
			// ---- concerns and closing at term end: a concern is its author's, the committee's and
			// administrators'; the partner M gets 404 for E's concern and never reads its text
			row("POST", "/api/v1/programs/{id}/concerns", PROGRAM, API_PROGRAM_PAIRS)
				.json((c) -> "{\"body\":\"A matrix concern\"}"),
			row("GET", "/api/v1/programs/{id}/concerns", PROGRAM, API_PROGRAM_COMMITTEE)
				.neverShows(MatrixFixture.CONCERN, Caller.MENTOR),
			row("GET", "/api/v1/me/concerns", NONE, API_ANYONE).neverShows(MatrixFixture.CONCERN, Caller.MENTOR),
			row("GET", "/api/v1/concerns/{id}", CONCERN, API_CONCERN_READ).neverShows(MatrixFixture.CONCERN, Caller.MENTOR),
			row("POST", "/api/v1/concerns/{id}/acknowledge", FRESH_CONCERN, API_CONCERN_ANSWER),
			row("POST", "/api/v1/concerns/{id}/resolve", FRESH_CONCERN, API_CONCERN_ANSWER)
				.json((c) -> "{\"outcome\":\"Talked it through\"}"),
			row("POST", "/api/v1/concerns/{id}/rematch", FRESH_CONCERN, API_CONCERN_ANSWER).destructive(),
			row("POST", "/api/v1/programs/{id}/pairings/close-remaining", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/concerns/new", PROGRAM, PAGE_PROGRAM_PAIRS),
			row("POST", "/programs/{id}/concerns", PROGRAM, PAGE_PROGRAM_PAIRS)
				.form((c) -> Map.of("body", "A matrix concern")),
			row("GET", "/me/concerns", NONE, PAGE_ANYONE).neverShows(MatrixFixture.CONCERN, Caller.MENTOR),
			row("GET", "/programs/{id}/concerns", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/concerns/{id}", CONCERN, PAGE_CONCERN_READ).neverShows(MatrixFixture.CONCERN, Caller.MENTOR),
			row("POST", "/concerns/{id}/acknowledge", FRESH_CONCERN, PAGE_CONCERN_ANSWER),
			row("POST", "/concerns/{id}/resolve", FRESH_CONCERN, PAGE_CONCERN_ANSWER)
				.form((c) -> Map.of("outcome", "Talked it through")),
			row("GET", "/concerns/{id}/rematch", CONCERN, PAGE_CONCERN_ANSWER),
			row("POST", "/concerns/{id}/rematch", FRESH_CONCERN, PAGE_CONCERN_ANSWER).destructive(),
			row("GET", "/programs/{id}/pairings/close-remaining", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("POST", "/programs/{id}/pairings/close-remaining", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			// ---- feedback: pulses, kudos and evaluations are the pair's (404 for everyone else, committee and
			// administrators included); the questions are the program's; the committee sees aggregates only
			row("POST", "/api/v1/pairings/{id}/meetings/{meetingId}/pulse", MEETING, API_NOTES)
				.json((c) -> "{\"usefulness\":4,\"comment\":\"" + c.world().secret(c.side()) + " pulse\"}"),
			row("POST", "/api/v1/pairings/{id}/kudos", PAIRING, API_NOTES)
				.json((c) -> "{\"body\":\"" + c.world().secret(c.side()) + " kudos\",\"shareWithProgram\":false}"),
			row("GET", "/api/v1/pairings/{id}/kudos", PAIRING, API_NOTES),
			row("POST", "/api/v1/pairings/{id}/evaluations", PAIRING, API_NOTES)
				.json((c) -> "{\"kind\":\"MID\",\"answers\":{}}"),
			row("GET", "/api/v1/pairings/{id}/evaluations", PAIRING, API_NOTES),
			row("GET", "/api/v1/programs/{id}/evaluation-questions", PROGRAM, API_PROGRAM_READERS),
			row("POST", "/api/v1/programs/{id}/evaluation-questions", PROGRAM, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"prompt\":\"" + MatrixFixture.unique("Matrix question") + "\",\"kind\":\"TEXT\",\"appliesTo\":\"END\"}"),
			row("PATCH", "/api/v1/programs/{id}/evaluation-questions/{questionId}", QUESTION, API_PROGRAM_COMMITTEE)
				.json((c) -> "{\"required\":false}"),
			row("DELETE", "/api/v1/programs/{id}/evaluation-questions/{questionId}", QUESTION, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/programs/{id}/feedback", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/pairings/{id}/meetings/{meetingId}/pulse", MEETING, PAGE_NOTES),
			row("POST", "/pairings/{id}/meetings/{meetingId}/pulse", MEETING, PAGE_NOTES)
				.form((c) -> Map.of("usefulness", "4", "comment", c.world().secret(c.side()) + " pulse")),
			row("GET", "/pairings/{id}/kudos", PAIRING, PAGE_NOTES),
			row("POST", "/pairings/{id}/kudos", PAIRING, PAGE_NOTES)
				.form((c) -> Map.of("body", c.world().secret(c.side()) + " kudos")),
			row("GET", "/pairings/{id}/evaluations/{kind}", EVALUATION, PAGE_NOTES),
			row("POST", "/pairings/{id}/evaluations/{kind}", EVALUATION, PAGE_NOTES)
				.form((c) -> Map.of("answers[not-a-question]", "3")),
			row("GET", "/programs/{id}/evaluation-questions", PROGRAM, PAGE_PROGRAM_READERS),
			row("POST", "/programs/{id}/evaluation-questions", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("prompt", MatrixFixture.unique("Matrix question"), "kind", "SCALE", "appliesTo", "BOTH")),
			row("POST", "/programs/{id}/evaluation-questions/{questionId}", QUESTION, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("prompt", MatrixFixture.unique("Matrix question"), "appliesTo", "MID")),
			row("POST", "/programs/{id}/evaluation-questions/{questionId}/retire", QUESTION, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/feedback", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			// ---- documents for review: the pair's, 404 for everyone else (API and pages) -----------
			row("POST", "/api/v1/pairings/{id}/documents", PAIRING, PAIR_DOCUMENTS_API).file(PDF)
				.form((c) -> Map.of("title", c.world().secret(c.side()) + " document")),
			row("GET", "/api/v1/pairings/{id}/documents", PAIRING, PAIR_DOCUMENTS_API),
			row("POST", "/api/v1/documents/{id}/versions", DOCUMENT, PAIR_DOCUMENTS_API).file(PDF),
			row("GET", "/api/v1/documents/{id}/content", DOCUMENT, PAIR_DOCUMENTS_API),
			row("POST", "/api/v1/documents/{id}/comments", DOCUMENT, PAIR_DOCUMENTS_API)
				.json((c) -> "{\"body\":\"" + c.world().secret(c.side()) + " comment\",\"version\":1}"),
			row("GET", "/api/v1/documents/{id}/comments", DOCUMENT, PAIR_DOCUMENTS_API),
			row("GET", "/pairings/{id}/documents", PAIRING, PAIR_DOCUMENTS_PAGE),
			row("POST", "/pairings/{id}/documents", PAIRING, PAIR_DOCUMENTS_PAGE).file(PDF)
				.form((c) -> Map.of("title", c.world().secret(c.side()) + " document")),
			row("GET", "/documents/{id}", DOCUMENT, PAIR_DOCUMENTS_PAGE),
			row("POST", "/documents/{id}/versions", DOCUMENT, PAIR_DOCUMENTS_PAGE).file(PDF),
			row("POST", "/documents/{id}/comments", DOCUMENT, PAIR_DOCUMENTS_PAGE)
				.form((c) -> Map.of("body", c.world().secret(c.side()) + " comment", "version", "1")),
			row("GET", "/documents/{id}/download", DOCUMENT, PAIR_DOCUMENTS_PAGE),

			// ---- exports: a program's metadata for its committee and administrators (API and pages) ---------
			row("GET", "/api/v1/programs/{id}/export/pairings.csv", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/programs/{id}/export/pairings.json", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/programs/{id}/export/meetings.csv", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/programs/{id}/export/meetings.json", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/programs/{id}/export/participants.csv", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/api/v1/programs/{id}/export/participants.json", PROGRAM, API_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/exports", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/export/pairings.csv", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/export/pairings.json", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/export/meetings.csv", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/export/meetings.json", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/export/participants.csv", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/export/participants.json", PROGRAM, PAGE_PROGRAM_COMMITTEE),
			// ---- program health (issue 12): the program's committee and administrators; participants who see
			// the program 403, anyone else 404; the nudge goes through the pairing's program the same way
			row("GET", "/api/v1/programs/{id}/health", PROGRAM, API_PROGRAM_COMMITTEE)
				.neverShows(MatrixFixture.CONCERN, Caller.COMMITTEE, Caller.ADMIN),
			row("GET", "/programs/{id}/health", PROGRAM, PAGE_PROGRAM_COMMITTEE)
				.neverShows(MatrixFixture.CONCERN, Caller.COMMITTEE, Caller.ADMIN),
			row("POST", "/pairings/{id}/nudge", PAIRING, "L | F F | F F | A A | D D | A A"),
			// ---- audit log: administrators only (API and page) -----------------------------------
			row("GET", "/api/v1/admin/audit", NONE, API_ADMIN),
			row("GET", "/admin/audit", NONE, PAGE_ADMIN),
			// ---- celebration and ideas: the program's (its participants, committee and administrators
			// read, post and vote; 404 for everyone else); its committee features and hides ideas
			row("GET", "/api/v1/programs/{id}/celebration", PROGRAM, API_PROGRAM_READERS),
			row("GET", "/api/v1/programs/{id}/ideas", PROGRAM, API_PROGRAM_READERS),
			row("POST", "/api/v1/programs/{id}/ideas", PROGRAM, API_PROGRAM_READERS)
				.json((c) -> "{\"title\":\"" + MatrixFixture.unique("Matrix idea") + "\"}"),
			row("POST", "/api/v1/ideas/{id}/votes", IDEA, API_PROGRAM_READERS),
			row("PUT", "/api/v1/ideas/{id}/feature", IDEA, API_PROGRAM_COMMITTEE),
			row("DELETE", "/api/v1/ideas/{id}/feature", IDEA, API_PROGRAM_COMMITTEE),
			row("PUT", "/api/v1/ideas/{id}/hidden", IDEA, API_PROGRAM_COMMITTEE),
			row("DELETE", "/api/v1/ideas/{id}/hidden", IDEA, API_PROGRAM_COMMITTEE),
			row("GET", "/programs/{id}/celebration", PROGRAM, PAGE_PROGRAM_READERS),
			row("GET", "/programs/{id}/celebration.pdf", PROGRAM, PAGE_PROGRAM_READERS),
			row("GET", "/programs/{id}/ideas", PROGRAM, PAGE_PROGRAM_READERS),
			row("POST", "/programs/{id}/ideas", PROGRAM, PAGE_PROGRAM_READERS)
				.form((c) -> Map.of("title", MatrixFixture.unique("Matrix idea"), "body", "")),
			row("POST", "/ideas/{id}/votes", IDEA, PAGE_PROGRAM_READERS),
			row("POST", "/ideas/{id}/feature", IDEA, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("featured", "true")),
			row("POST", "/ideas/{id}/hide", IDEA, PAGE_PROGRAM_COMMITTEE)
				.form((c) -> Map.of("hidden", "true")),

			// ---- pages: administrators ---------------------------------------------------------
			row("GET", "/admin/outbox", NONE, PAGE_ADMIN),
			row("GET", "/admin/outbox/{id}", OUTBOX, PAGE_ADMIN)
	// @formatter:on
	);

	private Matrix() {
	}

	private static Row row(String method, String pattern, Target target, String expectations) {
		return new Row(method, pattern, target, expectations);
	}

	/** A new mentor or mentee of the row's program, for pairing requests. */
	private static String fresh(Context c, Role role) {
		return c.world().freshMember(c.side(), role).id().value().toString();
	}

	/** The spare mentor and the run's new mentee. */
	private static Map<String, String> sparePair(Context c) {
		return Map.of("mentorId", c.world().spareMentor(c.side()).id().value().toString(), "menteeId",
				c.vars().get("menteeId"));
	}

	private static String version(Context c) {
		return Integer.toString(c.world().agreementVersion(c.side()));
	}

	private static String ahead(int days) {
		return LocalDateTime.now().plusDays(days).truncatedTo(ChronoUnit.HOURS).toString();
	}

	private static Map<String, String> programForm() {
		return Map.of("name", MatrixFixture.unique("Matrix made"), "description", "", "startsOn", "2026-01-01",
				"endsOn", "2026-12-31", "cadenceMinDays", "28", "cadenceMaxDays", "42", "firstContactDays", "7");
	}

}
