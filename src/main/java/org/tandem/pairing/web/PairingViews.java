package org.tandem.pairing.web;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.cadence.Cadence;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingCadence;
import org.tandem.pairing.PairingId;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.PageResponse;

import org.springframework.stereotype.Component;

/**
 * Pairings with their cadence today, which needs each pairing's program settings: one
 * query for all the programs of a page.
 */
@Component
class PairingViews {

	private final Programs programs;

	private final PairingCadence cadence;

	PairingViews(Programs programs, PairingCadence cadence) {
		this.programs = programs;
		this.cadence = cadence;
	}

	PairingJson json(Pairing pairing) {
		Program program = this.programs.find(pairing.programId()).orElseThrow();
		return PairingJson.of(pairing, this.cadence.of(pairing, program));
	}

	PageResponse<PairingJson> json(PageResponse<Pairing> page) {
		Map<ProgramId, Program> programs = programsOf(page.items());
		Map<PairingId, Cadence> cadences = this.cadence.ofAll(page.items(), programs);
		return page.map((pairing) -> PairingJson.of(pairing, cadences.get(pairing.id())));
	}

	Cadence cadence(Pairing pairing, Program program) {
		return this.cadence.of(pairing, program);
	}

	Map<ProgramId, Program> programsOf(Collection<Pairing> pairings) {
		return this.programs.findAll(pairings.stream().map(Pairing::programId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Program::id, Function.identity()));
	}

}
