package org.tandem.pairing;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Absences;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;
import org.tandem.cadence.DateRange;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;

import org.springframework.stereotype.Component;

/**
 * A pairing's cadence today, from its program's settings, its contacts and the absences
 * of both people.
 */
@Component
public class PairingCadence {

	/**
	 * A lateral join for explicit SQL over a pairing {@code p} that reads the absences
	 * {@link #of} needs on the way, for {@link #remember}: the first and last days
	 * ({@code absent_from}, {@code absent_to}, arrays in the same order, null for none)
	 * of every absence of the mentor and the mentee that ends on or after the earlier of
	 * the pairing's anchor and {@code :today}. One query on the
	 * {@code (person_id, ends_on)} index; start and end days only, never the note.
	 */
	static final String ABSENCES = """
			left join lateral (
			  select array_agg(a.starts_on order by a.starts_on, a.id) as absent_from,
			    array_agg(a.ends_on order by a.starts_on, a.id) as absent_to
			  from absence a where a.person_id in (p.mentor_id, p.mentee_id)
			    and a.ends_on >= least(coalesce(p.last_contact_on, p.started_on), :today)
			) ab on true
			""";

	private final Clock clock;

	private final Absences absences;

	PairingCadence(Clock clock, Absences absences) {
		this.clock = clock;
		this.absences = absences;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Cadence of(Pairing pairing, Program program) {
		LocalDate today = today();
		List<DateRange> absent = this.absences.forCadence(people(pairing), anchor(pairing), today);
		return CadenceRules.evaluate(input(pairing, program, absent), today);
	}

	/**
	 * Remembers for the rest of the GET request the absences that {@link #of} needs for
	 * this pairing on {@code today}, from a row that joined {@link #ABSENCES} with
	 * {@code :today} bound to {@code today}.
	 */
	void remember(Pairing pairing, LocalDate today, ResultSet rs) throws SQLException {
		this.absences.rememberForCadence(people(pairing), anchor(pairing), today, absences(rs));
	}

	/**
	 * The absences in a row that joined {@link #ABSENCES}, as read (not merged).
	 */
	static List<DateRange> absences(ResultSet rs) throws SQLException {
		List<LocalDate> from = dates(rs.getArray("absent_from"));
		List<LocalDate> to = dates(rs.getArray("absent_to"));
		List<DateRange> read = new ArrayList<>();
		for (int i = 0; i < from.size(); i++) {
			read.add(new DateRange(from.get(i), to.get(i)));
		}
		return read;
	}

	private static List<LocalDate> dates(@Nullable Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		List<LocalDate> dates = new ArrayList<>();
		for (Object date : (Object[]) array.getArray()) {
			dates.add(((Date) date).toLocalDate());
		}
		return dates;
	}

	private static List<UUID> people(Pairing pairing) {
		return List.of(pairing.mentorId(), pairing.menteeId());
	}

	/**
	 * The cadences of many pairings with one query for all their absences, for lists and
	 * overviews.
	 */
	public Map<PairingId, Cadence> ofAll(Collection<Pairing> pairings, Map<ProgramId, Program> programs) {
		if (pairings.isEmpty()) {
			return Map.of();
		}
		LocalDate today = today();
		Map<PairingId, Cadence> known = known(pairings, programs, today);
		if (known != null) {
			return known;
		}
		Set<UUID> people = pairings.stream()
			.flatMap((pairing) -> Stream.of(pairing.mentorId(), pairing.menteeId()))
			.collect(Collectors.toSet());
		LocalDate earliest = pairings.stream().map(PairingCadence::anchor).min(LocalDate::compareTo).orElse(today);
		Map<UUID, List<DateRange>> absent = this.absences.forCadenceByPerson(people, earliest, today);
		Map<PairingId, Cadence> cadences = new HashMap<>();
		for (Pairing pairing : pairings) {
			List<DateRange> both = new ArrayList<>(absent.getOrDefault(pairing.mentorId(), List.of()));
			both.addAll(absent.getOrDefault(pairing.menteeId(), List.of()));
			cadences.put(pairing.id(),
					CadenceRules.evaluate(input(pairing, programs.get(pairing.programId()), both), today));
		}
		return cadences;
	}

	/**
	 * The cadence on {@code today} with the absences of both people that can matter for
	 * it, read by the caller.
	 */
	Cadence evaluate(Pairing pairing, Program program, List<DateRange> absences, LocalDate today) {
		return CadenceRules.evaluate(input(pairing, program, absences), today);
	}

	/**
	 * The cadences from the absences remembered for each pairing in this GET request (by
	 * a query that read them on the way), or {@code null} if any is missing.
	 */
	private @Nullable Map<PairingId, Cadence> known(Collection<Pairing> pairings, Map<ProgramId, Program> programs,
			LocalDate today) {
		Map<PairingId, Cadence> cadences = new HashMap<>();
		for (Pairing pairing : pairings) {
			List<DateRange> absent = this.absences.knownForCadence(people(pairing), anchor(pairing), today);
			if (absent == null) {
				return null;
			}
			cadences.put(pairing.id(),
					CadenceRules.evaluate(input(pairing, programs.get(pairing.programId()), absent), today));
		}
		return cadences;
	}

	private static LocalDate anchor(Pairing pairing) {
		return pairing.lastContactOn() != null ? pairing.lastContactOn() : pairing.startedOn();
	}

	private static CadenceInput input(Pairing pairing, Program program, List<DateRange> absences) {
		return new CadenceInput(pairing.startedOn(), pairing.lastContactOn(), program.firstContactDays(),
				program.cadenceMinDays(), program.cadenceMaxDays(), absences, pairing.closed());
	}

}
