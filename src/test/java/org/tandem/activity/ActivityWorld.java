package org.tandem.activity;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.tandem.pairing.Pairing;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Role;
import org.tandem.support.PairWorld;

import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	ActivityWorld(PairWorld pairs, JdbcClient jdbc) {
		this.pairs = pairs;
		this.jdbc = jdbc;
		this.otherProgram = pairs.anotherProgram("Other program");
		this.otherCommittee = pairs.member(this.otherProgram, Role.COMMITTEE, "Col Othercommittee");
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

	Cookie signIn(Person person) throws Exception {
		return this.pairs.signIn(person);
	}

	ResultActions get(String path, Person as) throws Exception {
		return this.pairs.api(request(HttpMethod.GET, path), as, null);
	}

	ResultActions send(HttpMethod method, String path, Person as, String json) throws Exception {
		return this.pairs.api(request(method, path), as, json);
	}

	ResultActions delete(String path, Person as) throws Exception {
		return this.pairs.api(request(HttpMethod.DELETE, path), as, null);
	}

	/** The pair's record of an activity, ticked through the API by the mentor. */
	ResultActions tick(UUID activity, String json) throws Exception {
		return send(HttpMethod.PATCH, checklist() + "/" + activity, this.pairs.mentor, json);
	}

}
