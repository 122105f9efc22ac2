package org.tandem.meeting;

import java.util.Locale;

/**
 * Where a meeting stands. Only a held meeting counts as contact.
 */
public enum MeetingStatus {

	SCHEDULED("Scheduled"), HELD("Held"), CANCELLED("Cancelled"), MISSED("Missed");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The status in lower case, as a page's style names it ({@code status-held}).
	 */
	public String styleName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
