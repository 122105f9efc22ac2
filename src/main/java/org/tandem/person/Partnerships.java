package org.tandem.person;

import java.util.UUID;

/**
 * Whether two people are, or were, mentor and mentee of each other. Implemented by the
 * pairing feature, so that people do not depend on pairings.
 */
public interface Partnerships {

	boolean arePartners(UUID person, UUID other);

}
