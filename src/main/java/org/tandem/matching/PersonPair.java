package org.tandem.matching;

import java.util.UUID;

/**
 * A mentor and a mentee, both people, as the committee forbids or pins them.
 */
public record PersonPair(UUID mentorId, UUID menteeId) {

}
