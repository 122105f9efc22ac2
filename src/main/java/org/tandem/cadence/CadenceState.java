package org.tandem.cadence;

/**
 * Where a pairing stands in its rhythm of contacts (API.md {@code cadence.state}).
 */
public enum CadenceState {

	AWAITING_FIRST_CONTACT, ON_TRACK, DUE, OVERDUE, PAUSED, CLOSED

}
