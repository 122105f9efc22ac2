package org.tandem.goal;

import java.util.Locale;

/**
 * Where a goal stands. A goal is open until the pair marks it achieved or drops it;
 * either can be reopened.
 */
public enum GoalStatus {

	OPEN("Open"), ACHIEVED("Achieved"), DROPPED("Dropped");

	private final String label;

	GoalStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The status in lower case, as a page's style names it ({@code goal-status-open}).
	 */
	public String styleName() {
		return name().toLowerCase(Locale.ROOT);
	}

}
