package org.tandem.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.Absences;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.security.MatrixFixture.Caller;
import org.tandem.security.MatrixFixture.Side;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorization matrix: every route of the application, read from its own route
 * table, called by every kind of caller on their own pair's object and on another pair's,
 * against a hand-written table of what each caller may get. A new route without a row
 * fails, and so does a row whose route is gone.
 * <p>
 * Each row gives six groups, one per caller in the order anonymous | mentee E | mentor M
 * | committee C of the program | committee C2 of another program | administrator A. A
 * group holds one code, or two (own object, other object) for routes that name an object.
 * The codes:
 * <ul>
 * <li>{@code A} allowed: 2xx or 3xx, or another 4xx that judges the input or the state
 * such as 400 or 409 (never 401, 403, 404, a redirect to the sign-in page or a 5xx)
 * <li>{@code L} the sign-in page: 302 to {@code /login} (anonymous pages)
 * <li>{@code U} 401 (anonymous API)
 * <li>{@code F} 403 · {@code N} 404 · {@code D} denied, 403 or 404
 * <li>{@code X} not decided by the contract: anything but a 5xx
 * </ul>
 * "Own" and "other" mean: for pairings and their children the pair M/E's versus the pair
 * M2/E2's (both in program P1); for programs P1 versus P2 (whose committee is C2); for
 * people the mentee E versus the mentee E2; for the caller's own things (tokens,
 * absences) the caller's versus E2's.
 * <p>
 * Besides the status, no response may carry a pair's confidential text to anyone but the
 * pair, nor E's absence note to anyone but E.
 * <p>
 * Requests that use up their object get a fresh one per call (runs, absences, tokens,
 * places, applications, people to disable); closing a pairing cannot, so those rows run
 * last, and in every row the denied callers go before the allowed ones.
 */
@IntegrationTest
class AuthorizationMatrixTests {

	/**
	 * Routes of the framework, not of Tandem: the tests' springdoc, which generates the
	 * OpenAPI document (OpenApiDocumentTests), and Boot's error page. Everything else
	 * must have a row.
	 */
	static final Set<String> FRAMEWORK_ROUTES = Set.of("GET /openapi-generated", "GET /openapi-generated.yaml",
			"ANY /error");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	Absences absences;

	@Test
	void everyRouteOfTheApplicationHasARowAndEveryRowARoute() {
		Set<String> routes = routes();
		Set<String> rows = new TreeSet<>();
		for (Row row : Matrix.ROWS) {
			assertThat(rows.add(row.key())).as("one row per route: %s", row.key()).isTrue();
		}
		Set<String> missing = new TreeSet<>(routes);
		missing.removeAll(rows);
		missing.removeAll(FRAMEWORK_ROUTES);
		Set<String> gone = new TreeSet<>(rows);
		gone.removeAll(routes);
		assertThat(missing).as("routes without a row in the authorization matrix").isEmpty();
		assertThat(gone).as("rows of the authorization matrix whose route no longer exists").isEmpty();
		assertThat(routes).as("the framework routes left out").containsAll(FRAMEWORK_ROUTES);
	}

	@Test
	void everyCallerGetsWhatTheMatrixSays() throws Exception {
		MatrixFixture world = new MatrixFixture(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				this.people, this.absences);
		List<String> mismatches = new ArrayList<>();
		Map<String, String> actual = new TreeMap<>();
		Map<String, Long> millis = new TreeMap<>();
		Set<String> secretsSeen = new TreeSet<>();
		int requests = 0;
		List<Row> ordered = new ArrayList<>(Matrix.ROWS);
		// rows that use up their object for everyone run last
		ordered.sort(Comparator.comparing(Row::runsLast));
		for (Row row : ordered) {
			List<Cell> cells = row.cells();
			// denied callers first: the first allowed caller may change the object's
			// state
			cells.sort(Comparator.comparing((Cell cell) -> cell.expected() == 'A' || cell.expected() == 'X'));
			for (Cell cell : cells) {
				requests++;
				Call call = row.call(world, cell.caller(), cell.side());
				long start = System.nanoTime();
				MockHttpServletResponse response = this.mvc.perform(call.request()).andReturn().getResponse();
				millis.merge(row.key(), (System.nanoTime() - start) / 1_000_000, Long::sum);
				actual.merge(row.key(),
						cell.caller().ordinal() + cell.side().name().substring(0, 2) + "=" + response.getStatus(),
						(a, b) -> a + " " + b);
				String body = response.getContentAsString(StandardCharsets.UTF_8);
				if (body.contains(world.secretOwn)) {
					secretsSeen.add("pair text to " + cell.caller());
				}
				if (body.contains(world.absenceSecret)) {
					secretsSeen.add("absence note to " + cell.caller());
				}
				String problem = judge(world, cell, response);
				String hidden = row.neverShownTo(cell.caller());
				if (problem == null && hidden != null && body.contains(hidden)) {
					problem = "shown '" + hidden + "' (" + response.getStatus() + ")";
				}
				if (problem != null) {
					mismatches.add(String.format("%-7s %-62s %-15s %-5s %s (%s %s)", row.method(), row.pattern(),
							cell.caller(), row.target().sides() ? cell.side() : "-", problem, call.method(),
							call.path()));
				}
			}
		}
		System.out.printf("Authorization matrix: %d routes, %d requests, %d mismatches%n", Matrix.ROWS.size(), requests,
				mismatches.size());
		actual
			.forEach((route, statuses) -> System.out.printf("%-70s %5d ms  %s%n", route, millis.get(route), statuses));
		// the leak checks see the secrets where they belong, so they are not vacuous
		assertThat(secretsSeen).as("the pair and the person read their own texts")
			.contains("pair text to MENTEE", "pair text to MENTOR", "absence note to MENTEE");
		assertThat(mismatches).as("mismatches of the authorization matrix (%d requests)", requests).isEmpty();
	}

	/**
	 * "Committee for" a person, which lets a committee member see and record their
	 * absences, counts only the active mentors and mentees of the member's programs:
	 * never applicants or former participants, other committee members, administrators,
	 * or another program's committee members.
	 */
	@Test
	void theCommitteeIsCommitteeOnlyForTheActiveMentorsAndMenteesOfItsProgram() throws Exception {
		MatrixFixture world = new MatrixFixture(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				this.people, this.absences);
		Map<String, Person> reachable = new LinkedHashMap<>();
		reachable.put("an active mentee", world.probe(Role.MENTEE, "ACTIVE", false, false));
		reachable.put("an active mentor", world.probe(Role.MENTOR, "ACTIVE", false, false));
		Map<String, Person> unreachable = new LinkedHashMap<>();
		unreachable.put("an applicant", world.probe(Role.MENTEE, "APPLIED", false, false));
		unreachable.put("a declined mentee", world.probe(Role.MENTEE, "DECLINED", false, false));
		unreachable.put("another committee member", world.probe(Role.COMMITTEE, "ACTIVE", false, false));
		unreachable.put("an administrator on the committee", world.probe(Role.COMMITTEE, "ACTIVE", true, false));
		unreachable.put("an administrator who is a mentee", world.probe(Role.MENTEE, "ACTIVE", true, false));
		unreachable.put("another program's committee member who is a mentee",
				world.probe(Role.MENTEE, "ACTIVE", false, true));
		List<String> mismatches = new ArrayList<>();
		String absence = "{\"from\":\"" + MatrixFixture.today().plusDays(90) + "\",\"to\":\""
				+ MatrixFixture.today().plusDays(91) + "\"}";
		for (boolean expectReach : List.of(true, false)) {
			for (Map.Entry<String, Person> probe : (expectReach ? reachable : unreachable).entrySet()) {
				String path = "/api/v1/people/" + probe.getValue().id().value() + "/absences";
				int read = this.mvc.perform(request(HttpMethod.GET, URI.create(path)).header(HttpHeaders.AUTHORIZATION,
						world.token(Caller.COMMITTEE)))
					.andReturn()
					.getResponse()
					.getStatus();
				int record = this.mvc
					.perform(request(HttpMethod.POST, URI.create(path))
						.header(HttpHeaders.AUTHORIZATION, world.token(Caller.COMMITTEE))
						.contentType(MediaType.APPLICATION_JSON)
						.content(absence))
					.andReturn()
					.getResponse()
					.getStatus();
				boolean reached = read < 300 || record < 300;
				boolean denied = (read == 403 || read == 404) && (record == 403 || record == 404);
				if (expectReach ? !(read == 200 && record == 201) : !denied || reached) {
					mismatches.add(String.format("committee on the absences of %s: GET %d, POST %d, expected %s",
							probe.getKey(), read, record, expectReach ? "200 and 201" : "403/404"));
				}
			}
		}
		assertThat(mismatches).as("what \"committee for\" reaches").isEmpty();
	}

	private static @Nullable String judge(MatrixFixture world, Cell cell, MockHttpServletResponse response)
			throws Exception {
		int status = response.getStatus();
		String location = response.getHeader(HttpHeaders.LOCATION);
		boolean toLogin = status == 302 && location != null && location.replaceFirst("\\?.*", "").endsWith("/login");
		boolean ok = switch (cell.expected()) {
			case 'A' -> status < 500 && status != 401 && status != 403 && status != 404 && !toLogin;
			case 'L' -> toLogin;
			case 'U' -> status == 401;
			case 'F' -> status == 403;
			case 'N' -> status == 404;
			case 'D' -> status == 403 || status == 404;
			case 'X' -> status < 500;
			default -> throw new IllegalStateException("unknown code " + cell.expected());
		};
		String got = status + ((location != null) ? " -> " + location : "");
		if (!ok) {
			return "expected " + cell.expected() + ", got " + got;
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		boolean pairOne = cell.caller() == Caller.MENTEE || cell.caller() == Caller.MENTOR;
		if (!pairOne && body.contains(world.secretOwn)) {
			return "LEAK of the pair's confidential text (" + got + ")";
		}
		if (body.contains(world.secretOther)) {
			return "LEAK of another pair's confidential text (" + got + ")";
		}
		if (cell.caller() != Caller.MENTEE && body.contains(world.absenceSecret)) {
			return "LEAK of the mentee's absence note (" + got + ")";
		}
		return null;
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<String> patterns = (info.getPathPatternsCondition() != null)
					? info.getPathPatternsCondition().getPatternValues() : info.getPatternValues();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach((method) -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : patterns) {
				for (String method : methods) {
					routes.add(method + " " + pattern);
				}
			}
		}
		return routes;
	}

	/** One expectation: a caller on one side. */
	record Cell(Caller caller, Side side, char expected) {

	}

	/** A request ready to send, with what it was for the report. */
	record Call(String method, String path, AbstractMockHttpServletRequestBuilder<?> request) {

	}

	/** What a route's path variables name. */
	enum Target {

		/** nothing: one column per caller */
		NONE(false),
		/** {id}: a person, E or E2 */
		PERSON(true),
		/** {id}: a new participant of P1 or P2 (used up by disabling) */
		FRESH_PERSON(true),
		/** {id}/{absenceId}: a person (E or E2) and a new absence of theirs */
		ABSENCE(true),
		/** {id}: a new absence of the caller (own) or of E2 (other) */
		MY_ABSENCE(true),
		/** {id}: a new API token of the caller (own) or of E2 (other) */
		MY_TOKEN(true),
		/** {id}: program P1 or P2 */
		PROGRAM(true),
		/** {id}/{participantId}: a program and a new application to it */
		APPLICATION(true),
		/** {id}/{placeId}: a program and a new suggested place of it */
		PLACE(true),
		/** {id}: the pairing M/E or M2/E2 */
		PAIRING(true),
		/** {id}/{meetingId}: a pairing and its scheduled meeting */
		MEETING(true),
		/** {id}/{meetingId}: a pairing and a new scheduled meeting of it */
		FRESH_MEETING(true),
		/** {id}: the private note of the mentee E or E2 */
		NOTE(true),
		/** {id}: a new private note of the mentee E or E2 */
		FRESH_NOTE(true),
		/** {id}: a new shared (PAIR) note of the mentee E or E2 */
		FRESH_SHARED_NOTE(true),
		/** {id}: the draft matching run of P1 or P2 */
		RUN(true),
		/** {id}: a new draft matching run of P1 or P2; a mentee of it as menteeId */
		FRESH_RUN(true),
		/**
		 * {id}: the goal of the pairing M/E or M2/E2 (its title carries the pair's
		 * secret)
		 */
		GOAL(true),
		/**
		 * {id}: the document of the pairing M/E or M2/E2 (its title and comment carry the
		 * pair's secret)
		 */
		DOCUMENT(true),
		/** {id}: a message in the outbox */
		OUTBOX(false),
		/** {token}: a one-time link token that does not exist */
		BOGUS_TOKEN(false),
		/** {token}: a new, valid calendar feed token */
		FEED(false),
		/** {id}/{activityId}: program P1 or P2 and a new suggested activity of it */
		ACTIVITY(true),
		/**
		 * {id}/{activityId}: the pairing M/E or M2/E2 and an activity of their program P1
		 */
		PAIR_ACTIVITY(true),
		/** {id}/{tipId}: program P1 or P2 and a new tip of it */
		TIP(true),
		/** {id}: the concern of the mentee E or E2 about their pairing */
		CONCERN(true),
		/** {id}: a new concern of the mentee E or E2 about their pairing */
		FRESH_CONCERN(true),
		/** {id}/{questionId}: program P1 or P2 and a new evaluation question of it */
		QUESTION(true),
		/** {id}/{kind}: the pairing M/E or M2/E2 and its mid-term evaluation */
		EVALUATION(true),
		/**
		 * {id}: a new idea on the board of P1 or P2, by a spare mentee of that program
		 */
		IDEA(true);

		private final boolean sides;

		Target(boolean sides) {
			this.sides = sides;
		}

		boolean sides() {
			return this.sides;
		}

		Map<String, String> variables(MatrixFixture world, Caller caller, Side side) throws Exception {
			Map<String, String> vars = new LinkedHashMap<>();
			switch (this) {
				case NONE -> {
				}
				case PERSON -> vars.put("id", id(world.subject(side)));
				case FRESH_PERSON -> vars.put("id", id(world.freshMember(side, Role.MENTEE)));
				case ABSENCE -> {
					vars.put("id", id(world.subject(side)));
					vars.put("absenceId", world.freshAbsence(world.subject(side)).toString());
				}
				case MY_ABSENCE -> vars.put("id",
						world.freshAbsence((side == Side.OWN) ? world.person(caller) : world.mentee2).toString());
				case MY_TOKEN -> vars.put("id",
						world.freshApiToken((side == Side.OWN) ? world.person(caller) : world.mentee2).toString());
				case PROGRAM -> vars.put("id", world.program(side).id().value().toString());
				case APPLICATION -> {
					vars.put("id", world.program(side).id().value().toString());
					vars.put("participantId", world.freshApplication(side).toString());
				}
				case PLACE -> {
					vars.put("id", world.program(side).id().value().toString());
					vars.put("placeId", world.freshPlace(side).toString());
				}
				case PAIRING -> vars.put("id", world.pairing(side).id().value().toString());
				case MEETING -> {
					vars.put("id", world.pairing(side).id().value().toString());
					vars.put("meetingId", world.meeting(side).toString());
				}
				case FRESH_MEETING -> {
					vars.put("id", world.pairing(side).id().value().toString());
					vars.put("meetingId", world.freshMeeting(side).toString());
				}
				case NOTE -> vars.put("id", world.note(side).toString());
				case FRESH_NOTE -> vars.put("id", world.freshNote(side, "PRIVATE").toString());
				case FRESH_SHARED_NOTE -> vars.put("id", world.freshNote(side, "PAIR").toString());
				case RUN -> vars.put("id", world.run(side).toString());
				case FRESH_RUN -> {
					MatrixFixture.FreshRun run = world.freshRun(side);
					vars.put("id", run.id().toString());
					vars.put("menteeId", run.menteeId().toString());
				}
				case GOAL -> vars.put("id", world.goal(side).toString());
				case DOCUMENT -> vars.put("id", world.document(side).toString());
				case OUTBOX -> vars.put("id", world.outboxMessage.toString());
				case BOGUS_TOKEN -> vars.put("token", "no-such-link-" + UUID.randomUUID());
				case FEED -> vars.put("token", world.freshFeedToken());
				case ACTIVITY -> {
					vars.put("id", world.program(side).id().value().toString());
					vars.put("activityId", world.freshActivity(side).toString());
				}
				case PAIR_ACTIVITY -> {
					vars.put("id", world.pairing(side).id().value().toString());
					vars.put("activityId", world.activity.toString());
				}
				case CONCERN -> vars.put("id", world.concern(side).toString());
				case FRESH_CONCERN -> vars.put("id", world.freshConcern(side).toString());
				case TIP -> {
					vars.put("id", world.program(side).id().value().toString());
					vars.put("tipId", world.freshTip(side).toString());
				}
				case IDEA -> vars.put("id", world.freshIdea(side).toString());
				case QUESTION -> {
					vars.put("id", world.program(side).id().value().toString());
					vars.put("questionId", world.freshQuestion(side).toString());
				}
				case EVALUATION -> {
					vars.put("id", world.pairing(side).id().value().toString());
					vars.put("kind", "MID");
				}
			}
			return vars;
		}

		private static String id(Person person) {
			return person.id().value().toString();
		}

	}

	/** What a request carries, worked out when it is sent. */
	record Context(MatrixFixture world, Caller caller, Side side, Map<String, String> vars) {

		String program() {
			return this.world.program(this.side).id().value().toString();
		}

		String pairing() {
			return this.world.pairing(this.side).id().value().toString();
		}

	}

	@FunctionalInterface
	interface Content<T> {

		T of(Context context) throws Exception;

	}

	/**
	 * One route of the matrix and what each caller gets.
	 */
	static final class Row {

		private final String method;

		private final String pattern;

		private final Target target;

		private final String expectations;

		private @Nullable Content<String> json;

		private @Nullable Content<Map<String, String>> form;

		private @Nullable Content<String> query;

		private @Nullable String file;

		private boolean destructive;

		private final Map<Caller, String> neverShown = new LinkedHashMap<>();

		Row(String method, String pattern, Target target, String expectations) {
			this.method = method;
			this.pattern = pattern;
			this.target = target;
			this.expectations = expectations;
			cells(); // fails early on a malformed row
		}

		String key() {
			return this.method + " " + this.pattern;
		}

		String method() {
			return this.method;
		}

		String pattern() {
			return this.pattern;
		}

		Target target() {
			return this.target;
		}

		boolean runsLast() {
			return this.destructive;
		}

		/** A JSON body. */
		Row json(Content<String> json) {
			this.json = json;
			return this;
		}

		/** Form fields (pages). */
		Row form(Content<Map<String, String>> form) {
			this.form = form;
			return this;
		}

		/** A query string. */
		Row query(Content<String> query) {
			this.query = query;
			return this;
		}

		/** A multipart upload of this text as the file {@code file}. */
		Row file(String content) {
			this.file = content;
			return this;
		}

		/**
		 * These callers must never find this text in the response, whatever its status.
		 */
		Row neverShows(String text, Caller... callers) {
			for (Caller caller : callers) {
				this.neverShown.put(caller, text);
			}
			return this;
		}

		@Nullable String neverShownTo(Caller caller) {
			return this.neverShown.get(caller);
		}

		/**
		 * The request uses up its object for every later caller (closing a pairing): such
		 * rows run after all others.
		 */
		Row destructive() {
			this.destructive = true;
			return this;
		}

		List<Cell> cells() {
			String[] groups = this.expectations.split("\\|");
			if (groups.length != Caller.values().length) {
				throw new IllegalArgumentException(key() + ": six groups expected in '" + this.expectations + "'");
			}
			List<Cell> cells = new ArrayList<>();
			for (Caller caller : Caller.values()) {
				String[] codes = groups[caller.ordinal()].trim().split("\\s+");
				if (codes.length > 2 || (!this.target.sides() && codes.length != 1) || codes[0].length() != 1
						|| codes[codes.length - 1].length() != 1) {
					throw new IllegalArgumentException(key() + ": bad group '" + groups[caller.ordinal()] + "'");
				}
				if (this.target.sides()) {
					cells.add(new Cell(caller, Side.OWN, codes[0].charAt(0)));
					cells.add(new Cell(caller, Side.OTHER, codes[codes.length - 1].charAt(0)));
				}
				else {
					cells.add(new Cell(caller, Side.OWN, codes[0].charAt(0)));
				}
			}
			return cells;
		}

		Call call(MatrixFixture world, Caller caller, Side side) throws Exception {
			Map<String, String> vars = this.target.variables(world, caller, side);
			Context context = new Context(world, caller, side, vars);
			String path = this.pattern;
			for (Map.Entry<String, String> var : vars.entrySet()) {
				path = path.replace("{" + var.getKey() + "}", var.getValue());
			}
			assertThat(path).as("every variable of %s filled", this.pattern).doesNotContain("{");
			if (this.query != null) {
				path = path + "?" + this.query.of(context);
			}
			HttpMethod httpMethod = HttpMethod.valueOf(this.method);
			AbstractMockHttpServletRequestBuilder<?> request;
			if (this.file != null) {
				MockMultipartHttpServletRequestBuilder upload = multipart(httpMethod, URI.create(path));
				upload.file(new MockMultipartFile("file", "people.csv", "text/csv",
						this.file.getBytes(StandardCharsets.UTF_8)));
				request = upload;
			}
			else {
				request = request(httpMethod, URI.create(path));
			}
			boolean api = this.pattern.startsWith("/api/");
			if (caller != Caller.ANONYMOUS) {
				if (api) {
					request.header(HttpHeaders.AUTHORIZATION, world.token(caller));
				}
				else {
					request.cookie(world.session(caller));
				}
			}
			if (!api && !"GET".equals(this.method)) {
				request.with(csrf());
			}
			if (this.json != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(this.json.of(context));
			}
			if (this.form != null) {
				if (this.file == null) {
					request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
				}
				this.form.of(context).forEach(request::param);
			}
			request.header(HttpHeaders.ACCEPT, api ? "application/json" : "text/html,*/*;q=0.8");
			return new Call(this.method, path, request);
		}

	}

}
