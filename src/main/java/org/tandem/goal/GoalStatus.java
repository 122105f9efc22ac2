package org.tandem.goal;

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

}
