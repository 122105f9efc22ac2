package org.tandem.matching;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A mentee a run left without a mentor, and why.
 */
@Table("matching_unmatched")
public record Unmatched(UUID menteeId, UnmatchedReason reason) {

}
