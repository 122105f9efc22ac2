package org.tandem.program;

/**
 * The ways a pair may meet or keep in touch, as participants state their preferences.
 */
public enum MeetingFormat {

	IN_PERSON("In person"), WALKING("Walking"), LUNCH("Lunch"), CONFERENCE("At a conference"), VIDEO("Video call"),
	PHONE("Phone"), EMAIL("Email"), MESSAGE("Messages");

	private final String label;

	MeetingFormat(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static boolean known(String name) {
		for (MeetingFormat format : values()) {
			if (format.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
