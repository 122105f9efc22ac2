package org.tandem.pairing;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the committee gives to pair two people: person ids and, for pairs that began
 * before Tandem, the day they started (today when absent).
 */
public record NewPairing(@Nullable UUID mentorId, @Nullable UUID menteeId, @Nullable LocalDate startedOn) {

}
