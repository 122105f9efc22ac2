package org.tandem.agreement;

/**
 * A way the pair may meet or keep in touch, as the agreement lists its preferences.
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

}
