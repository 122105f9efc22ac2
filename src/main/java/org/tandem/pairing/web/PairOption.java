package org.tandem.pairing.web;

import java.util.UUID;

/**
 * A person the pair form offers: a mentor with places left or an unpaired mentee.
 */
public record PairOption(UUID personId, String label) {

}
