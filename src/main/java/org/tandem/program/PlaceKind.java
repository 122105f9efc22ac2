package org.tandem.program;

/**
 * What kind of place a program suggests for meetings.
 */
public enum PlaceKind {

	WALKING("Walking route"), LUNCH("Lunch spot"), ROOM("Room"), OTHER("Other place");

	private final String label;

	PlaceKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
