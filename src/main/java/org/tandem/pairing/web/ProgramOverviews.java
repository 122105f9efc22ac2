package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;
import org.tandem.pairing.CadenceWords;
import org.tandem.pairing.NamedPairings;
import org.tandem.pairing.NamedPairings.NamedPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingCadence;
import org.tandem.pairing.Pairings;
import org.tandem.program.Pairable;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;

import org.springframework.stereotype.Component;

/**
 * Builds the committee's overview of a program. The cadence is computed, not stored, so
 * the overview reads the program's pairings (at most {@value #MAX_PAIRINGS}), then
 * filters, sorts and pages them in memory.
 */
@Component
class ProgramOverviews {

	static final int MAX_PAIRINGS = 2000;

	static final int MAX_CANDIDATES = 500;

	static final int PAGE_SIZE = 50;

	/**
	 * The columns the overview sorts on; any other value means the urgency order.
	 */
	static final Set<String> SORTS = Set.of("mentor", "mentee", "started", "lastContact");

	private static final List<CadenceState> URGENCY = List.of(CadenceState.OVERDUE, CadenceState.DUE,
			CadenceState.AWAITING_FIRST_CONTACT, CadenceState.ON_TRACK, CadenceState.PAUSED, CadenceState.CLOSED);

	private final NamedPairings pairings;

	private final Pairings activePairings;

	private final Programs programs;

	private final PairingCadence cadence;

	ProgramOverviews(NamedPairings pairings, Pairings activePairings, Programs programs, PairingCadence cadence) {
		this.pairings = pairings;
		this.activePairings = activePairings;
		this.programs = programs;
		this.cadence = cadence;
	}

	ProgramOverview build(ProgramId id, TandemPrincipal me, @Nullable CadenceState state, @Nullable String sort,
			int page, PairForm form, FormValues values, FormErrors errors) {
		Program program = this.programs.managedBy(id, me);
		// both reads are added before either is taken, so that they travel together
		Supplier<List<NamedPairing>> pairings = this.pairings.inProgram(program, MAX_PAIRINGS);
		Supplier<List<Pairable>> pairable = this.programs.activeMentorsAndMentees(id, MAX_CANDIDATES);
		List<NamedPairing> all = pairings.get();
		List<Pairable> candidates = pairable.get();
		List<Pairable> mentors = candidates.stream().filter((p) -> p.role() == Role.MENTOR).toList();
		List<Pairable> mentees = candidates.stream().filter((p) -> p.role() == Role.MENTEE).toList();
		LocalDate today = this.cadence.today();
		List<OverviewRow> rows = all.stream()
			.map((pairing) -> row(pairing, today))
			.filter((row) -> state == null || row.state() == state)
			.sorted(order(sort))
			.toList();
		int from = Math.min(page * PAGE_SIZE, rows.size());
		List<OverviewRow> shown = rows.subList(from, Math.min(from + PAGE_SIZE, rows.size()));
		// all pairings fit in the list (active ones first): its active ones are all there
		// are
		List<Pairing> active = (all.size() < MAX_PAIRINGS)
				? all.stream().map(NamedPairing::pairing).filter((p) -> !p.closed()).toList()
				: this.activePairings.activeInProgram(id, MAX_PAIRINGS);
		return new ProgramOverview(program.id().value(), program.name(), shown, rows.size(), page, PAGE_SIZE, state,
				sort, mentorOptions(mentors, active), menteeOptions(mentees, active), form, values, errors);
	}

	private static OverviewRow row(NamedPairing named, LocalDate today) {
		Pairing pairing = named.pairing();
		Cadence cadence = named.cadence();
		return new OverviewRow(pairing.id().value(), pairing.mentorId(), name(named.mentorName()), pairing.menteeId(),
				name(named.menteeName()), pairing.startedOn(), cadence.state(), CadenceWords.state(cadence, today),
				pairing.lastContactOn(), cadence.dueOn(), cadence.overdueOn());
	}

	static Comparator<OverviewRow> order(@Nullable String sort) {
		Comparator<OverviewRow> byMentor = Comparator.comparing((OverviewRow row) -> lower(row.mentorName()));
		Comparator<OverviewRow> byMentee = Comparator.comparing((OverviewRow row) -> lower(row.menteeName()));
		Comparator<OverviewRow> urgency = Comparator.comparingInt((OverviewRow row) -> URGENCY.indexOf(row.state()))
			.thenComparing(OverviewRow::overdueOn, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<OverviewRow> primary = switch ((sort == null) ? "" : sort) {
			case "mentor" -> byMentor.thenComparing(byMentee);
			case "mentee" -> byMentee.thenComparing(byMentor);
			case "started" -> Comparator.comparing(OverviewRow::startedOn);
			case "lastContact" ->
				Comparator.comparing(OverviewRow::lastContactOn, Comparator.nullsFirst(Comparator.naturalOrder()));
			default -> urgency;
		};
		return primary.thenComparing(urgency).thenComparing(byMentor).thenComparing(OverviewRow::pairingId);
	}

	private static List<PairOption> mentorOptions(List<Pairable> mentors, List<Pairing> active) {
		Map<UUID, Long> load = active.stream()
			.collect(Collectors.groupingBy(Pairing::mentorId, HashMap::new, Collectors.counting()));
		List<PairOption> options = new ArrayList<>();
		for (Pairable mentor : mentors) {
			long left = mentor.capacity() - load.getOrDefault(mentor.personId(), 0L);
			if (left > 0) {
				options.add(new PairOption(mentor.personId(), name(mentor.name()) + " (" + left + " of "
						+ mentor.capacity() + (mentor.capacity() == 1 ? " place" : " places") + " left)"));
			}
		}
		options.sort(Comparator.comparing((PairOption option) -> lower(option.label())));
		return options;
	}

	private static List<PairOption> menteeOptions(List<Pairable> mentees, List<Pairing> active) {
		Set<UUID> paired = active.stream().map(Pairing::menteeId).collect(Collectors.toSet());
		return mentees.stream()
			.filter((mentee) -> !paired.contains(mentee.personId()))
			.map((mentee) -> new PairOption(mentee.personId(), name(mentee.name())))
			.sorted(Comparator.comparing((PairOption option) -> lower(option.label())))
			.toList();
	}

	/** A person no longer found shows as such, as before. */
	private static String name(String name) {
		return name.isEmpty() ? "Unknown person" : name;
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
