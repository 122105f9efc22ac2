package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingStatus;

/**
 * A pairing in the API. The reason it was closed is not part of it: it is confidential.
 */
@Schema(name = "Pairing")
record PairingJson(UUID id, UUID programId, UUID mentorId, UUID menteeId, PairingStatus status, LocalDate startedOn,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate firstContactOn,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate closedOn, CadenceJson cadence) {

	static PairingJson of(Pairing pairing, Cadence cadence) {
		return new PairingJson(pairing.id().value(), pairing.programId().value(), pairing.mentorId(),
				pairing.menteeId(), pairing.status(), pairing.startedOn(), pairing.firstContactOn(), pairing.closedOn(),
				new CadenceJson(cadence.state(), cadence.lastContactOn(), cadence.dueOn(), cadence.overdueOn()));
	}

	/**
	 * Where the pairing stands in its rhythm of contacts today. {@code dueOn} is the
	 * first day contact is due, {@code overdueOn} the first day it is overdue.
	 */
	@Schema(name = "PairingCadence")
	record CadenceJson(CadenceState state, @Nullable LocalDate lastContactOn, @Nullable LocalDate dueOn,
			@Nullable LocalDate overdueOn) {

	}

}
