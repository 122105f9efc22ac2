package org.tandem.cadence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published when a person's absence has been stored (after merging with overlapping
 * ones), so that the partner can be told the dates. Carries no note.
 */
public record AbsenceAnnounced(UUID absenceId, UUID personId, LocalDate from, LocalDate to) {

}
