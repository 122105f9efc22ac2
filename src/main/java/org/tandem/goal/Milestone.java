package org.tandem.goal;

/**
 * One step on the way to a goal, ticked off when done. Its title is the pair's text.
 */
public record Milestone(String title, boolean done) {

	@Override
	public String toString() {
		// keeps the pair's text out of logs
		return "Milestone[done=" + this.done + "]";
	}

}
