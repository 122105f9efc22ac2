package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;
import org.tandem.pairing.CadenceWords;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingCadence;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
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

	private final Pairings pairings;

	private final Programs programs;

	private final People people;

	private final PairingCadence cadence;

	ProgramOverviews(Pairings pairings, Programs programs, People people, PairingCadence cadence) {
		this.pairings = pairings;
		this.programs = programs;
		this.people = people;
		this.cadence = cadence;
	}

	ProgramOverview build(ProgramId id, TandemPrincipal me, @Nullable CadenceState state, @Nullable String sort,
			int page, PairForm form, FormValues values, FormErrors errors) {
		Program program = this.programs.managedBy(id, me);
		List<Pairing> all = this.pairings.allInProgram(id, MAX_PAIRINGS);
		List<Participant> candidates = this.programs.activeMentorsAndMentees(id, MAX_CANDIDATES);
		List<Participant> mentors = candidates.stream().filter((p) -> p.role() == Role.MENTOR).toList();
		List<Participant> mentees = candidates.stream().filter((p) -> p.role() == Role.MENTEE).toList();
		Map<UUID, String> names = names(all, mentors, mentees);
		LocalDate today = this.cadence.today();
		Map<PairingId, Cadence> cadences = this.cadence.ofAll(all, Map.of(program.id(), program));
		List<OverviewRow> rows = all.stream()
			.map((pairing) -> row(pairing, cadences.get(pairing.id()), names, today))
			.filter((row) -> state == null || row.state() == state)
			.sorted(order(sort))
			.toList();
		int from = Math.min(page * PAGE_SIZE, rows.size());
		List<OverviewRow> shown = rows.subList(from, Math.min(from + PAGE_SIZE, rows.size()));
		// all pairings fit in the list (active ones first): its active ones are all there
		// are
		List<Pairing> active = (all.size() < MAX_PAIRINGS) ? all.stream().filter((p) -> !p.closed()).toList()
				: this.pairings.activeInProgram(id, MAX_PAIRINGS);
		return new ProgramOverview(program.id().value(), program.name(), shown, rows.size(), page, PAGE_SIZE, state,
				sort, mentorOptions(mentors, active, names), menteeOptions(mentees, active, names), form, values,
				errors);
	}

	private Map<UUID, String> names(List<Pairing> pairings, List<Participant> mentors, List<Participant> mentees) {
		Set<UUID> ids = new HashSet<>();
		pairings.forEach((pairing) -> {
			ids.add(pairing.mentorId());
			ids.add(pairing.menteeId());
		});
		mentors.forEach((participant) -> ids.add(participant.personId()));
		mentees.forEach((participant) -> ids.add(participant.personId()));
		return this.people.findAll(ids)
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Person::name));
	}

	private static OverviewRow row(Pairing pairing, Cadence cadence, Map<UUID, String> names, LocalDate today) {
		return new OverviewRow(pairing.id().value(), pairing.mentorId(), name(names, pairing.mentorId()),
				pairing.menteeId(), name(names, pairing.menteeId()), pairing.startedOn(), cadence.state(),
				CadenceWords.state(cadence, today), pairing.lastContactOn(), cadence.dueOn(), cadence.overdueOn());
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

	private static List<PairOption> mentorOptions(List<Participant> mentors, List<Pairing> active,
			Map<UUID, String> names) {
		Map<UUID, Long> load = active.stream()
			.collect(Collectors.groupingBy(Pairing::mentorId, HashMap::new, Collectors.counting()));
		List<PairOption> options = new ArrayList<>();
		for (Participant mentor : mentors) {
			long left = mentor.capacity() - load.getOrDefault(mentor.personId(), 0L);
			if (left > 0) {
				options.add(new PairOption(mentor.personId(), name(names, mentor.personId()) + " (" + left + " of "
						+ mentor.capacity() + (mentor.capacity() == 1 ? " place" : " places") + " left)"));
			}
		}
		options.sort(Comparator.comparing((PairOption option) -> lower(option.label())));
		return options;
	}

	private static List<PairOption> menteeOptions(List<Participant> mentees, List<Pairing> active,
			Map<UUID, String> names) {
		Set<UUID> paired = active.stream().map(Pairing::menteeId).collect(Collectors.toSet());
		return mentees.stream()
			.map(Participant::personId)
			.filter((id) -> !paired.contains(id))
			.map((id) -> new PairOption(id, name(names, id)))
			.sorted(Comparator.comparing((PairOption option) -> lower(option.label())))
			.toList();
	}

	private static String name(Map<UUID, String> names, UUID id) {
		return names.getOrDefault(id, "Unknown person");
	}

	private static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
