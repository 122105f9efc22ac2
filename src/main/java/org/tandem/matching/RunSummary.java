package org.tandem.matching;

import java.time.Instant;
import java.util.UUID;

/**
 * A run as the list of a program's runs shows it.
 */
public record RunSummary(UUID id, RunMode mode, RunStatus status, int totalScore, Instant createdAt, int matched,
		int unmatched) {

}
