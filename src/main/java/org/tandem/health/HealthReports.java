package org.tandem.health;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Absences;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;
import org.tandem.cadence.CadenceState;
import org.tandem.cadence.DateRange;
import org.tandem.feedback.FeedbackAggregates;
import org.tandem.feedback.ProgramFeedback;
import org.tandem.health.HealthFilter.Window;
import org.tandem.health.HealthQueries.Completion;
import org.tandem.health.HealthQueries.HeldCount;
import org.tandem.health.ProgramHealth.MonthCount;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A program's health for its committee and administrators, with a fixed number of
 * statements whatever the program's size: the caller's rights, every pairing with its
 * facts, the absences of all their people (for the cadence, computed as the pairings
 * overview computes it), the meetings held, the completion counts and the feedback
 * aggregates. The caller's rights are checked on every call; the figures themselves are
 * kept for a short time in a {@link HealthCache} (a cached view costs the access check
 * alone).
 */
@Service
public class HealthReports {

	/** The most months a chart shows; a longer window shows its last ones. */
	static final int MAX_MONTHS = 120;

	private final Programs programs;

	private final HealthQueries queries;

	private final Absences absences;

	private final FeedbackAggregates feedback;

	private final Clock clock;

	private final HealthCache cache;

	private final TransactionTemplate readOnly;

	HealthReports(Programs programs, HealthQueries queries, Absences absences, FeedbackAggregates feedback, Clock clock,
			HealthCache cache, PlatformTransactionManager transactions) {
		this.programs = programs;
		this.queries = queries;
		this.absences = absences;
		this.feedback = feedback;
		this.clock = clock;
		this.cache = cache;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The program's health for the page, with the evaluation aggregates. The caller's
	 * rights are checked on every call; the figures may come from the cache.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but do not manage it
	 * @throws InvalidInputException for a custom period without both days or ending
	 * before it starts
	 */
	public ProgramHealth of(ProgramId id, TandemPrincipal me, HealthFilter filter) {
		Program program = this.programs.managedBy(id, me);
		filter.window(program);
		return this.cache.get(new HealthCache.Key(id, filter, true), program,
				() -> compute(program, filter, () -> this.feedback.summary(id)));
	}

	/**
	 * The whole program's health for the API: the pulse of the feedback, no evaluation
	 * aggregates. The caller's rights are checked on every call; the figures may come
	 * from the cache.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but do not manage it
	 */
	public ProgramHealth figures(ProgramId id, TandemPrincipal me) {
		Program program = this.programs.managedBy(id, me);
		return this.cache.get(new HealthCache.Key(id, HealthFilter.WHOLE_PROGRAM, false), program,
				() -> compute(program, HealthFilter.WHOLE_PROGRAM,
						() -> new ProgramFeedback(id, this.feedback.pulse(id), List.of())));
	}

	private HealthCache.Computed compute(Program program, HealthFilter filter, Supplier<ProgramFeedback> feedback) {
		HealthCache.Computed computed = this.readOnly.execute((status) -> {
			List<PairingFacts> all = this.queries.pairings(program.id());
			Set<PairingId> ids = new HashSet<>();
			all.forEach((p) -> ids.add(p.id()));
			return new HealthCache.Computed(build(program, all, filter, feedback.get()), Set.copyOf(ids));
		});
		return Objects.requireNonNull(computed);
	}

	/**
	 * The program's pairs at risk today; checks no access (for the weekly digest).
	 */
	@Transactional(readOnly = true)
	List<AtRisk> atRisk(Program program) {
		List<PairingFacts> active = this.queries.pairings(program.id()).stream().filter(PairingFacts::active).toList();
		return atRisk(active, cadences(active, program), program);
	}

	private ProgramHealth build(Program program, List<PairingFacts> all, HealthFilter filter,
			ProgramFeedback feedback) {
		Instant asOf = this.clock.instant();
		Window window = filter.window(program);
		List<PairingFacts> scope = all.stream().filter((p) -> p.in(window, filter.department())).toList();
		Map<PairingId, Cadence> cadences = cadences(scope, program);
		Map<CadenceState, Long> byState = new EnumMap<>(CadenceState.class);
		for (CadenceState state : CadenceState.values()) {
			byState.put(state, 0L);
		}
		scope.forEach((p) -> byState.merge(cadences.get(p.id()).state(), 1L, Long::sum));
		List<HeldCount> held = this.queries.held(program.id(), window, filter.department());
		Completion completion = this.queries.completion(program.id(), window, filter.department());
		List<PairingFacts> active = scope.stream().filter(PairingFacts::active).toList();
		return new ProgramHealth(program, filter, window, departments(all), scope.size(), active.size(),
				Collections.unmodifiableMap(byState), medianDaysToFirstContact(scope, window), months(held, window),
				Collections.unmodifiableMap(formats(held)), completion.goalsAchieved(), completion.goalsSet(),
				completion.activitiesDone(), completion.openConcerns(), atRisk(active, cadences, program), feedback,
				asOf);
	}

	/**
	 * The cadences today, as {@code PairingCadence.ofAll} computes them for the pairings
	 * overview: the program's settings, the latest contact and one query for the absences
	 * of everyone involved.
	 */
	private Map<PairingId, Cadence> cadences(List<PairingFacts> pairings, Program program) {
		LocalDate today = LocalDate.now(this.clock);
		if (pairings.isEmpty()) {
			return Map.of();
		}
		Set<UUID> people = new HashSet<>();
		pairings.forEach((p) -> {
			people.add(p.mentorId());
			people.add(p.menteeId());
		});
		LocalDate earliest = pairings.stream().map(HealthReports::anchor).min(LocalDate::compareTo).orElse(today);
		Map<UUID, List<DateRange>> absent = this.absences.forCadenceByPerson(people, earliest, today);
		Map<PairingId, Cadence> cadences = new HashMap<>();
		for (PairingFacts p : pairings) {
			List<DateRange> both = Stream
				.concat(absent.getOrDefault(p.mentorId(), List.of()).stream(),
						absent.getOrDefault(p.menteeId(), List.of()).stream())
				.toList();
			CadenceInput input = new CadenceInput(p.startedOn(), p.lastContactOn(), program.firstContactDays(),
					program.cadenceMinDays(), program.cadenceMaxDays(), both, !p.active());
			cadences.put(p.id(), CadenceRules.evaluate(input, today));
		}
		return cadences;
	}

	private static LocalDate anchor(PairingFacts pairing) {
		return (pairing.lastContactOn() != null) ? pairing.lastContactOn() : pairing.startedOn();
	}

	private List<AtRisk> atRisk(List<PairingFacts> active, Map<PairingId, Cadence> cadences, Program program) {
		LocalDate today = LocalDate.now(this.clock);
		List<AtRisk> list = new ArrayList<>();
		for (PairingFacts p : active) {
			List<Risk> risks = RiskRules.of(p, cadences.get(p.id()), program, today);
			if (!risks.isEmpty()) {
				list.add(new AtRisk(p.id(), p.mentorName(), p.menteeName(), risks));
			}
		}
		list.sort(Comparator.comparingInt((AtRisk row) -> -row.risks().size())
			.thenComparing((AtRisk row) -> row.risks().get(0).kind())
			.thenComparing(AtRisk::mentorName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(AtRisk::menteeName, String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(list);
	}

	/**
	 * The median, in days, from the start to the first contact of the pairings that
	 * started in the window and have had one.
	 */
	static @Nullable Double medianDaysToFirstContact(List<PairingFacts> pairings, Window window) {
		List<Long> days = pairings.stream()
			.filter((p) -> p.firstContactOn() != null && window.contains(p.startedOn()))
			.map((p) -> ChronoUnit.DAYS.between(p.startedOn(), p.firstContactOn()))
			.sorted()
			.toList();
		if (days.isEmpty()) {
			return null;
		}
		int middle = days.size() / 2;
		return (days.size() % 2 == 1) ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
	}

	private static List<MonthCount> months(List<HeldCount> held, Window window) {
		Map<YearMonth, Long> counts = new HashMap<>();
		held.forEach((count) -> counts.merge(YearMonth.parse(count.month()), count.held(), Long::sum));
		YearMonth last = YearMonth.from(window.to());
		YearMonth first = YearMonth.from(window.from());
		if (first.plusMonths(MAX_MONTHS).isBefore(last)) {
			first = last.minusMonths(MAX_MONTHS - 1L);
		}
		List<MonthCount> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(new MonthCount(month, counts.getOrDefault(month, 0L)));
		}
		return List.copyOf(months);
	}

	private static Map<MeetingFormat, Long> formats(List<HeldCount> held) {
		Map<MeetingFormat, Long> formats = new EnumMap<>(MeetingFormat.class);
		for (MeetingFormat format : MeetingFormat.values()) {
			formats.put(format, 0L);
		}
		for (HeldCount count : held) {
			for (MeetingFormat format : MeetingFormat.values()) {
				if (format.name().equals(count.format())) {
					formats.merge(format, count.held(), Long::sum);
				}
			}
		}
		return formats;
	}

	private static List<String> departments(List<PairingFacts> pairings) {
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		pairings.stream()
			.flatMap((p) -> Stream.of(p.mentorDepartment(), p.menteeDepartment()))
			.filter(Objects::nonNull)
			.forEach(names::add);
		return List.copyOf(names);
	}

}
