package org.tandem.activity;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.PairWorld;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A {@link PairWorld} and what the activity tests add to it: a second program with its
 * own committee member, API calls as anyone, and the ids of the program's activities.
 */
final class ActivityWorld {

	final PairWorld pairs;

	final Program otherProgram;

	final Person otherCommittee;

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Map<UUID, String> tokens = new HashMap<>();

	ActivityWorld(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.pairs = new PairWorld(mvc, jdbc, programs, pairings, fixtures);
		LocalDate startsOn = PairWorld.today().minusMonths(3);
		this.otherProgram = programs.create(new Program.Settings(PairWorld.unique("Other program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
		this.otherCommittee = fixtures.person(PairWorld.unique("Col Othercommittee"));
		programs.enroll(this.otherProgram.id(), this.otherCommittee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
	}

	String catalogue() {
		return catalogue(this.pairs.program);
	}

	static String catalogue(Program program) {
		return "/api/v1/programs/" + program.id() + "/activities";
	}

	String checklist() {
		return checklist(this.pairs.pairing);
	}

	static String checklist(Pairing pairing) {
		return "/api/v1/pairings/" + pairing.id() + "/activities";
	}

	/**
	 * The ids of the program's activities still suggested, in the catalogue's order.
	 */
	List<UUID> activities(Program program) {
		return this.jdbc
			.sql("select id from program_activity where program_id = :program and retired_at is null"
					+ " order by position, created_at, id")
			.param("program", program.id().value())
			.query(UUID.class)
			.list();
	}

	List<UUID> activities() {
		return activities(this.pairs.program);
	}

	String token(Person person) throws Exception {
		String token = this.tokens.get(person.id().value());
		if (token == null) {
			token = this.pairs.token(person);
			this.tokens.put(person.id().value(), token);
		}
		return token;
	}

	Cookie signIn(Person person) throws Exception {
		return this.pairs.signIn(person);
	}

	ResultActions get(String path, Person as) throws Exception {
		return this.mvc.perform(request(HttpMethod.GET, path).header(HttpHeaders.AUTHORIZATION, token(as)));
	}

	ResultActions send(HttpMethod method, String path, Person as, String json) throws Exception {
		return this.mvc.perform(request(method, path).header(HttpHeaders.AUTHORIZATION, token(as))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions delete(String path, Person as) throws Exception {
		return this.mvc.perform(request(HttpMethod.DELETE, path).header(HttpHeaders.AUTHORIZATION, token(as)));
	}

	/** The pair's record of an activity, ticked through the API by the mentor. */
	ResultActions tick(UUID activity, String json) throws Exception {
		return send(HttpMethod.PATCH, checklist() + "/" + activity, this.pairs.mentor, json);
	}

}
