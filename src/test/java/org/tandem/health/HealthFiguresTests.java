package org.tandem.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;
import org.tandem.cadence.CadenceState;
import org.tandem.health.HealthFilter.Window;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every health figure against a generated program whose truth this test computes itself
 * from what it inserted: the API over the whole term, and the service with the period and
 * department filters.
 */
@IntegrationTest
class HealthFiguresTests {

	private static final String[] STATUSES = { "HELD", "HELD", "HELD", "CANCELLED", "MISSED" };

	private static final String[] DEPARTMENTS = { "Cataloguing", "Reference", "Special Collections", null };

	@Autowired
	PairWorlds worlds;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthReports reports;

	@Autowired
	Clock clock;

	PairWorld world;

	Program program;

	HealthData data;

	LocalDate today;

	final List<Fact> facts = new ArrayList<>();

	/** What the test inserted for one pairing. */
	record Fact(UUID id, String mentorDepartment, String menteeDepartment, LocalDate startedOn,
			@Nullable LocalDate firstContactOn, @Nullable LocalDate lastContactOn, @Nullable LocalDate closedOn,
			List<Held> meetings, int goalsAchieved, List<LocalDate> activitiesDone, int openConcerns) {

		boolean in(Window window, @Nullable String department) {
			boolean ran = !this.startedOn.isAfter(window.to())
					&& (this.closedOn == null || !this.closedOn.isBefore(window.from()));
			return ran && (department == null || department.equals(this.mentorDepartment)
					|| department.equals(this.menteeDepartment));
		}

	}

	record Held(LocalDate day, MeetingFormat format) {

	}

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.today = LocalDate.now(this.clock);
		this.program = this.programs.create(PairWorld.settings("Health figures", this.today.minusMonths(6)));
		this.programs.enroll(this.program.id(), this.world.committee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
		this.data = new HealthData(this.jdbc, this.program.id());
	}

	private void generate(long seed, int pairings) {
		Random random = new Random(seed);
		UUID activity = this.data.activity("Show the campus");
		for (int i = 0; i < pairings; i++) {
			String mentorDepartment = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
			String menteeDepartment = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
			UUID mentor = this.data.person("Mentor " + i, mentorDepartment);
			UUID mentee = this.data.person("Mentee " + i, menteeDepartment);
			LocalDate started = this.program.startsOn().plusDays(random.nextInt(200) - 20);
			if (started.isAfter(this.today)) {
				started = this.today;
			}
			int span = (int) ChronoUnit.DAYS.between(started, this.today);
			List<Held> held = new ArrayList<>();
			List<LocalDate> meetingDays = new ArrayList<>();
			for (int m = random.nextInt(6); m > 0 && span > 0; m--) {
				LocalDate day = started.plusDays(1 + random.nextInt(span));
				String status = STATUSES[random.nextInt(STATUSES.length)];
				MeetingFormat format = MeetingFormat.values()[random.nextInt(MeetingFormat.values().length)];
				meetingDays.add(day);
				if ("HELD".equals(status)) {
					held.add(new Held(day, format));
				}
			}
			LocalDate first = held.stream().map(Held::day).min(LocalDate::compareTo).orElse(null);
			LocalDate last = held.stream().map(Held::day).max(LocalDate::compareTo).orElse(null);
			LocalDate closed = (random.nextInt(5) == 0 && span > 0) ? started.plusDays(random.nextInt(span) + 1) : null;
			if (closed != null && last != null && last.isAfter(closed)) {
				closed = last;
			}
			UUID pairing = this.data.pairing(mentor, mentee, started, first, last, closed);
			// and, now and then, a cancelled meeting, which no figure counts
			Random replay = new Random(seed * 31 + i);
			for (Held meeting : held) {
				this.data.meeting(pairing, mentor, "HELD", meeting.format().name(), meeting.day());
			}
			if (!meetingDays.isEmpty() && replay.nextBoolean()) {
				this.data.meeting(pairing, mentee, "CANCELLED", "LUNCH", meetingDays.get(0));
			}
			int achieved = 0;
			for (int g = random.nextInt(4); g > 0; g--) {
				String status = List.of("OPEN", "ACHIEVED", "DROPPED").get(random.nextInt(3));
				this.data.goal(pairing, mentee, status);
				achieved += "ACHIEVED".equals(status) ? 1 : 0;
			}
			List<LocalDate> done = new ArrayList<>();
			int kind = random.nextInt(4);
			if (kind > 0) {
				LocalDate doneOn = (kind == 3) ? null : started.plusDays(random.nextInt(Math.max(1, span)));
				this.data.activity(pairing, activity, kind != 1, (kind == 1) ? null : doneOn);
				if (kind != 1) {
					done.add(doneOn);
				}
			}
			String concern = List.of("OPEN", "ACKNOWLEDGED", "RESOLVED", "NONE").get(random.nextInt(4));
			if (!"NONE".equals(concern)) {
				this.data.concern(pairing, mentee, concern);
			}
			this.facts.add(new Fact(pairing, mentorDepartment, menteeDepartment, started, first, last, closed, held,
					achieved, done, "RESOLVED".equals(concern) || "NONE".equals(concern) ? 0 : 1));
		}
		// a concern about the program, not a pairing
		this.data.concern(null, this.world.committee.id().value(), "OPEN");
	}

	@Test
	void theApiCountsWhatTheTestInsertedOverTheWholeTerm() throws Exception {
		long seed = System.nanoTime();
		generate(seed, 20);
		String json = this.world
			.api(get("/api/v1/programs/" + this.program.id() + "/health"), this.world.committee, null)
			.andReturn()
			.getResponse()
			.getContentAsString();
		Window term = new Window(this.program.startsOn(), this.program.endsOn());
		List<Fact> scope = this.facts.stream().filter((f) -> f.in(term, null)).toList();

		assertThat(number(json, "$.activePairings")).as("seed %d", seed)
			.isEqualTo(scope.stream().filter((f) -> f.closedOn() == null).count());
		Map<CadenceState, Long> states = expectedStates(scope);
		for (CadenceState state : CadenceState.values()) {
			assertThat(number(json, "$.byCadenceState." + state.name())).as("seed %d, %s", seed, state)
				.isEqualTo(states.get(state));
		}
		Double median = JsonPath.read(json, "$.medianDaysToFirstContact") == null ? null
				: ((Number) JsonPath.read(json, "$.medianDaysToFirstContact")).doubleValue();
		assertThat(median).as("seed %d", seed).isEqualTo(expectedMedian(scope, term));
		List<Map<String, Object>> months = JsonPath.read(json, "$.meetingsByMonth");
		Map<String, Long> expectedMonths = expectedMonths(scope, term);
		assertThat(months).hasSize(expectedMonths.size());
		for (Map<String, Object> month : months) {
			assertThat(((Number) month.get("held")).longValue()).as("seed %d, %s", seed, month.get("month"))
				.isEqualTo(expectedMonths.get((String) month.get("month")));
		}
		Map<MeetingFormat, Long> formats = expectedFormats(scope, term);
		for (MeetingFormat format : MeetingFormat.values()) {
			assertThat(number(json, "$.formats." + format.name())).as("seed %d, %s", seed, format)
				.isEqualTo(formats.get(format));
		}
		assertThat(number(json, "$.goalsCompleted")).as("seed %d", seed)
			.isEqualTo(scope.stream().mapToLong(Fact::goalsAchieved).sum());
		assertThat(number(json, "$.activitiesCompleted")).as("seed %d", seed)
			.isEqualTo(expectedActivities(scope, term));
		assertThat(number(json, "$.openConcerns")).as("seed %d", seed)
			.isEqualTo(scope.stream().mapToLong(Fact::openConcerns).sum() + 1);
		assertThat((Object) JsonPath.read(json, "$.pulse")).isNull();
		assertThat(json).doesNotContain(HealthData.SENTINEL);
	}

	@Test
	void thePeriodAndDepartmentFiltersNarrowEveryFigure() {
		long seed = System.nanoTime();
		generate(seed, 20);
		for (HealthPeriod period : List.of(HealthPeriod.FIRST_HALF, HealthPeriod.SECOND_HALF, HealthPeriod.CUSTOM)) {
			for (String department : new String[] { "Reference", null }) {
				HealthFilter filter = new HealthFilter(period, this.program.startsOn().plusDays(30),
						this.today.minusDays(10), department);
				Window window = filter.window(this.program);
				ProgramHealth health = this.reports.of(this.program.id(), PairWorld.as(this.world.committee), filter);
				List<Fact> scope = this.facts.stream().filter((f) -> f.in(window, department)).toList();
				String what = "seed " + seed + ", " + period + ", " + department;
				assertThat(health.pairings()).as(what).isEqualTo(scope.size());
				assertThat(health.byState()).as(what).isEqualTo(expectedStates(scope));
				assertThat(health.medianDaysToFirstContact()).as(what).isEqualTo(expectedMedian(scope, window));
				Map<String, Long> months = new TreeMap<>();
				health.months().forEach((month) -> months.put(month.month().toString(), month.held()));
				assertThat(months).as(what).isEqualTo(expectedMonths(scope, window));
				assertThat(health.formats()).as(what).isEqualTo(expectedFormats(scope, window));
				assertThat(health.goalsAchieved()).as(what)
					.isEqualTo(scope.stream().mapToLong(Fact::goalsAchieved).sum());
				assertThat(health.activitiesCompleted()).as(what).isEqualTo(expectedActivities(scope, window));
				assertThat(health.openConcerns()).as(what)
					.isEqualTo(scope.stream().mapToLong(Fact::openConcerns).sum() + ((department == null) ? 1 : 0));
			}
		}
	}

	@Test
	void halvesSplitTheTermAtItsMiddleDayAndACustomPeriodNeedsBothDaysInOrder() {
		Window first = new HealthFilter(HealthPeriod.FIRST_HALF, null, null, null).window(this.program);
		Window second = new HealthFilter(HealthPeriod.SECOND_HALF, null, null, null).window(this.program);
		assertThat(first.from()).isEqualTo(this.program.startsOn());
		assertThat(second.to()).isEqualTo(this.program.endsOn());
		assertThat(second.from()).isEqualTo(first.to().plusDays(1));
		assertThat(
				ChronoUnit.DAYS.between(first.from(), first.to()) - ChronoUnit.DAYS.between(second.from(), second.to()))
			.isBetween(0L, 1L);
		HealthFilter backwards = new HealthFilter(HealthPeriod.CUSTOM, this.today, this.today.minusDays(1), null);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> backwards.window(this.program))
			.isInstanceOf(org.tandem.shared.kernel.InvalidInputException.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> new HealthFilter(HealthPeriod.CUSTOM, null, null, null).window(this.program))
			.isInstanceOf(org.tandem.shared.kernel.InvalidInputException.class);
	}

	private Map<CadenceState, Long> expectedStates(List<Fact> scope) {
		Map<CadenceState, Long> states = new EnumMap<>(CadenceState.class);
		for (CadenceState state : CadenceState.values()) {
			states.put(state, 0L);
		}
		for (Fact fact : scope) {
			CadenceInput input = new CadenceInput(fact.startedOn(), fact.lastContactOn(), 7, 28, 42, List.of(),
					fact.closedOn() != null);
			states.merge(CadenceRules.evaluate(input, this.today).state(), 1L, Long::sum);
		}
		return states;
	}

	private static @Nullable Double expectedMedian(List<Fact> scope, Window window) {
		List<Long> days = new ArrayList<>();
		for (Fact fact : scope) {
			if (fact.firstContactOn() != null && window.contains(fact.startedOn())) {
				days.add(ChronoUnit.DAYS.between(fact.startedOn(), fact.firstContactOn()));
			}
		}
		if (days.isEmpty()) {
			return null;
		}
		days.sort(Long::compare);
		int n = days.size();
		return (n % 2 == 1) ? (double) days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
	}

	private static Map<String, Long> expectedMonths(List<Fact> scope, Window window) {
		Map<String, Long> months = new TreeMap<>();
		for (YearMonth month = YearMonth.from(window.from()); !month.isAfter(YearMonth.from(window.to())); month = month
			.plusMonths(1)) {
			months.put(month.toString(), 0L);
		}
		for (Fact fact : scope) {
			for (Held held : fact.meetings()) {
				if (window.contains(held.day())) {
					months.merge(YearMonth.from(held.day()).toString(), 1L, Long::sum);
				}
			}
		}
		return months;
	}

	private static Map<MeetingFormat, Long> expectedFormats(List<Fact> scope, Window window) {
		Map<MeetingFormat, Long> formats = new EnumMap<>(MeetingFormat.class);
		for (MeetingFormat format : MeetingFormat.values()) {
			formats.put(format, 0L);
		}
		for (Fact fact : scope) {
			for (Held held : fact.meetings()) {
				if (window.contains(held.day())) {
					formats.merge(held.format(), 1L, Long::sum);
				}
			}
		}
		return formats;
	}

	private static long expectedActivities(List<Fact> scope, Window window) {
		return scope.stream()
			.flatMap((fact) -> fact.activitiesDone().stream())
			.filter((day) -> day == null || window.contains(day))
			.count();
	}

	private static long number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).longValue();
	}

}
