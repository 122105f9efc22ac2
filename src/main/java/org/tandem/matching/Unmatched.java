package org.tandem.matching;

import java.util.UUID;

/**
 * A mentee a run left without a mentor, and why.
 */
public record Unmatched(UUID menteeId, UnmatchedReason reason) {

}
