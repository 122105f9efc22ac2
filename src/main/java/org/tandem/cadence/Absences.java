package org.tandem.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.person.People;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.kernel.RequestMemo;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The absences people announce, as other features see them. Callers decide who may do
 * what; this service keeps the data valid and one person's stored absences free of
 * overlaps.
 */
@Service
public class Absences {

	private final AbsenceRepository repository;

	private final People people;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Absences(AbsenceRepository repository, People people, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.people = people;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The absences of any of {@code personIds} that share at least one day with
	 * {@code [from, to]}, merged so that no two ranges overlap or touch, sorted by first
	 * day, not clipped to the window. One query.
	 */
	@Transactional(readOnly = true)
	public List<DateRange> of(Collection<UUID> personIds, LocalDate from, LocalDate to) {
		if (personIds.isEmpty() || to.isBefore(from)) {
			return List.of();
		}
		return CadenceRules.merge(this.repository.ranges(personIds, from, to));
	}

	/**
	 * The merged absences of {@code personIds} that can matter for a cadence anchored on
	 * {@code anchor} (the last contact, or the start of the pairing) and evaluated on
	 * {@code today}: all that end on or after the earlier of the two. None can start
	 * later than the window covers, because an absence is announced at most
	 * {@value AbsenceRules#YEARS_AROUND} years ahead and lasts at most
	 * {@value AbsenceRules#DAYS_MAX} days.
	 */
	public List<DateRange> forCadence(Collection<UUID> personIds, LocalDate anchor, LocalDate today) {
		DateRange window = cadenceWindow(anchor, today);
		return RequestMemo.get(cadenceKey(personIds, window), () -> of(personIds, window.from(), window.to()));
	}

	/**
	 * Remembers for the rest of the GET request what {@link #forCadence} answers for
	 * these arguments, from absences that another query read on the way, so that it is
	 * not asked again; does nothing outside a GET request.
	 * @param read every absence of {@code personIds} that ends on or after the earlier of
	 * {@code anchor} and {@code today} (others are left out here), in any order
	 */
	public void rememberForCadence(Collection<UUID> personIds, LocalDate anchor, LocalDate today,
			Collection<DateRange> read) {
		DateRange window = cadenceWindow(anchor, today);
		List<DateRange> inWindow = read.stream()
			.filter((absence) -> !absence.to().isBefore(window.from()) && !absence.from().isAfter(window.to()))
			.toList();
		RequestMemo.put(cadenceKey(personIds, window), CadenceRules.merge(inWindow));
	}

	/**
	 * What {@link #forCadence} would answer from what this GET request has remembered, or
	 * {@code null} if it would have to ask the database.
	 */
	public @Nullable List<DateRange> knownForCadence(Collection<UUID> personIds, LocalDate anchor, LocalDate today) {
		return RequestMemo.known(cadenceKey(personIds, cadenceWindow(anchor, today)));
	}

	private static DateRange cadenceWindow(LocalDate anchor, LocalDate today) {
		LocalDate from = anchor.isBefore(today) ? anchor : today;
		LocalDate later = anchor.isAfter(today) ? anchor : today;
		return new DateRange(from, later.plusYears(AbsenceRules.YEARS_AROUND + 1L));
	}

	private static List<?> cadenceKey(Collection<UUID> personIds, DateRange window) {
		return List.of(DateRange.class, Set.copyOf(personIds), window);
	}

	/**
	 * The absences of each of {@code personIds} that can matter for cadences anchored on
	 * or after {@code anchor} and evaluated on {@code today} (see {@link #forCadence}),
	 * by person: one query for many pairings.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, List<DateRange>> forCadenceByPerson(Collection<UUID> personIds, LocalDate anchor,
			LocalDate today) {
		if (personIds.isEmpty()) {
			return Map.of();
		}
		LocalDate from = anchor.isBefore(today) ? anchor : today;
		LocalDate later = anchor.isAfter(today) ? anchor : today;
		return this.repository.rangesByPerson(personIds, from, later.plusYears(AbsenceRules.YEARS_AROUND + 1L))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	/**
	 * Stores an absence of the person and publishes {@link AbsenceAnnounced}. An absence
	 * sharing a day with ones already stored replaces them by one range covering all of
	 * them; it keeps the new note if one is given, else the note of the earliest of the
	 * merged absences that has one (a note is the person's own words: we keep one rather
	 * than glue texts together). Adjacent absences are kept apart, each with its note.
	 * @return the stored (possibly merged) absence
	 * @throws InvalidInputException for bad dates or note (see {@code AbsenceRules})
	 * @throws NotFoundException if there is no such person
	 */
	@Transactional
	public Absence announce(UUID personId, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String note) {
		List<FieldError> errors = AbsenceRules.check(from, to, note, LocalDate.now(this.clock));
		if (!errors.isEmpty() || from == null || to == null) {
			throw new InvalidInputException(errors);
		}
		if (!this.people.exists(new PersonId(personId))) {
			throw new NotFoundException("No such person.");
		}
		this.repository.lock(personId);
		List<Absence> overlapping = this.repository.overlapping(personId, from, to);
		LocalDate first = from;
		LocalDate last = to;
		String kept = AbsenceRules.note(note);
		for (Absence old : overlapping) {
			first = old.from().isBefore(first) ? old.from() : first;
			last = old.to().isAfter(last) ? old.to() : last;
			kept = (kept != null) ? kept : old.note();
		}
		this.repository.delete(overlapping.stream().map(Absence::id).toList());
		Absence stored = new Absence(UUID.randomUUID(), personId, first, last, kept);
		this.repository.insert(stored, this.clock.instant());
		this.events.publishEvent(new AbsenceAnnounced(stored.id(), personId, first, last));
		return stored;
	}

	/**
	 * One page of the person's absences, latest first, notes included: callers leave the
	 * note out for anyone but the person.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Absence> ofPerson(UUID personId, Paging paging) {
		List<Absence> items = this.repository.page(personId, paging.size(), paging.offset());
		return new PageResponse<>(items, paging.page(), paging.size(), this.repository.count(personId));
	}

	/**
	 * Withdraws one of the person's absences.
	 * @return {@code false} if the person has no absence with this id
	 */
	@Transactional
	public boolean withdraw(UUID personId, AbsenceId absenceId) {
		return this.repository.delete(personId, absenceId.value());
	}

}
