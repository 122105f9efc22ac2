package org.tandem.pairing;

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
		List<DateRange> absent = this.absences.forCadence(List.of(pairing.mentorId(), pairing.menteeId()),
				anchor(pairing), today);
		return CadenceRules.evaluate(input(pairing, program, absent), today);
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

	private static LocalDate anchor(Pairing pairing) {
		return pairing.lastContactOn() != null ? pairing.lastContactOn() : pairing.startedOn();
	}

	private static CadenceInput input(Pairing pairing, Program program, List<DateRange> absences) {
		return new CadenceInput(pairing.startedOn(), pairing.lastContactOn(), program.firstContactDays(),
				program.cadenceMinDays(), program.cadenceMaxDays(), absences, pairing.closed());
	}

}
