package org.tandem.pairing;

import java.util.UUID;

/**
 * A pairing ended. The reason stays with the pairing: it is confidential to the pair and
 * the committee, and events are stored and handed to other features.
 *
 * @param closedBy the person who closed it
 */
public record PairingClosed(PairingId pairingId, UUID closedBy) {

}
