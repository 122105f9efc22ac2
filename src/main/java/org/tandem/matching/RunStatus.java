package org.tandem.matching;

/**
 * A run is a draft until the committee publishes it (its proposals become pairings) or
 * discards it.
 */
public enum RunStatus {

	DRAFT, PUBLISHED, DISCARDED

}
