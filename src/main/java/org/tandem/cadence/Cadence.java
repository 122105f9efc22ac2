package org.tandem.cadence;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A pairing's cadence on one day, as the API shows it: {@code { "state", "lastContactOn",
 * "dueOn", "overdueOn" }}.
 */
public record Cadence(CadenceState state, @Nullable LocalDate lastContactOn, @Nullable LocalDate dueOn,
		@Nullable LocalDate overdueOn) {

}
