package org.tandem.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.tandem.audit.Audited;
import org.tandem.security.AuthorizationMatrixTests.Cell;
import org.tandem.security.AuthorizationMatrixTests.Row;
import org.tandem.security.MatrixFixture.Caller;
import org.tandem.security.MatrixFixture.Side;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every committee and administrator action is audited: each route that changes something
 * and that the {@link Matrix} lets a committee member or an administrator call carries
 * {@link Audited}, unless it is everyone's own (every signed-in caller may call it on
 * their own object: settings, tokens, absences) or is exempted below with its reason. A
 * new committee route fails here until it is annotated or exempted.
 */
@IntegrationTest
class AuditedRoutesTests {

	/** Routes the committee or administrators may call that are no action of theirs. */
	static final Map<String, String> NOT_AUDITED = Map.of(
			// the confirmation (POST /people/import/confirm) is the action, and it is
			// audited
			"POST /people/import", "reads the file and shows a preview; nothing changes",
			"POST /programs/{id}/applications", "a person applies to take part themself",
			"POST /api/v1/programs/{id}/applications", "a person applies to take part themself",
			"POST /programs/{id}/ideas", "anyone in the program posts an idea, the committee too",
			"POST /api/v1/programs/{id}/ideas", "anyone in the program posts an idea, the committee too",
			"POST /ideas/{id}/votes", "anyone in the program votes once, the committee too",
			"POST /api/v1/ideas/{id}/votes", "anyone in the program votes once, the committee too");

	static final Set<Caller> MANAGERS = EnumSet.of(Caller.COMMITTEE, Caller.OTHER_COMMITTEE, Caller.ADMIN);

	static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));

	static final Pattern ACTION = Pattern.compile("[a-z]+(\\.[a-z-]+)+");

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theAuditedChangesAreExactlyTheActionsOfTheCommitteeOrAdministrators() {
		Map<String, HandlerMethod> handlers = handlers();
		Set<String> actions = new TreeSet<>();
		for (Row row : Matrix.ROWS) {
			if (managersAct(row) && !NOT_AUDITED.containsKey(row.key())) {
				actions.add(row.key());
			}
		}
		Set<String> audited = new TreeSet<>();
		handlers.forEach((route, handler) -> {
			if (!route.startsWith("GET ") && handler.hasMethodAnnotation(Audited.class)) {
				audited.add(route);
			}
		});
		Set<String> unaudited = new TreeSet<>(actions);
		unaudited.removeAll(audited);
		Set<String> notManagers = new TreeSet<>(audited);
		notManagers.removeAll(actions);
		assertThat(unaudited).as("committee and administrator actions without @Audited or an exemption").isEmpty();
		assertThat(notManagers).as("audited changes that no committee member or administrator may make").isEmpty();
		assertThat(audited).as("the audited changes").hasSizeGreaterThan(50);
	}

	@Test
	void everyExemptionIsStillAnActionTheCommitteeOrAdministratorsMayCall() {
		Map<String, Row> rows = new TreeMap<>();
		Matrix.ROWS.forEach((row) -> rows.put(row.key(), row));
		for (String route : NOT_AUDITED.keySet()) {
			assertThat(rows.get(route)).as("exempted route %s has a matrix row", route).isNotNull();
			assertThat(managersAct(rows.get(route))).as("exempted route %s is a committee action", route).isTrue();
			assertThat(handlers().get(route).hasMethodAnnotation(Audited.class)).as("%s is exempted and audited", route)
				.isFalse();
		}
	}

	@Test
	void everyAuditedHandlerNamesItsActionAndOnlyVariablesOfItsPath() {
		List<String> wrong = new ArrayList<>();
		handlers().forEach((route, handler) -> {
			Audited audited = handler.getMethodAnnotation(Audited.class);
			if (audited == null) {
				return;
			}
			if (!ACTION.matcher(audited.value()).matches()) {
				wrong.add(route + ": action '" + audited.value() + "'");
			}
			Matcher variables = VARIABLE.matcher(audited.target());
			while (variables.find()) {
				if (!route.contains("{" + variables.group(1) + "}")) {
					wrong.add(route + ": target '" + audited.target() + "' names " + variables.group());
				}
			}
		});
		assertThat(wrong).isEmpty();
	}

	/**
	 * A change that a committee member or an administrator may make, other than one
	 * everybody makes on their own things.
	 */
	private static boolean managersAct(Row row) {
		if (row.method().equals("GET")) {
			return false;
		}
		List<Cell> cells = row.cells();
		boolean managers = cells.stream()
			.anyMatch((cell) -> MANAGERS.contains(cell.caller()) && (cell.expected() == 'A' || cell.expected() == 'X'));
		boolean everyonesOwn = cells.stream()
			.filter((cell) -> SIGNED_IN.contains(cell.caller()) && cell.side() == Side.OWN)
			.allMatch((cell) -> cell.expected() == 'A');
		return managers && !everyonesOwn;
	}

	private Map<String, HandlerMethod> handlers() {
		Map<String, HandlerMethod> handlers = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<String> patterns = (info.getPathPatternsCondition() != null)
					? info.getPathPatternsCondition().getPatternValues() : info.getPatternValues();
			for (String pattern : patterns) {
				info.getMethodsCondition()
					.getMethods()
					.forEach((method) -> handlers.put(method.name() + " " + pattern, entry.getValue()));
			}
		}
		return handlers;
	}

}
