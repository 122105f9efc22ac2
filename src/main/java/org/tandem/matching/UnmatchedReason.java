package org.tandem.matching;

/**
 * Why a run left a mentee without a mentor: no mentor is allowed for them at all (hard
 * constraints, required criteria, or in preferences mode none of the mentors they
 * ranked), or every allowed mentor's places went to other mentees.
 */
public enum UnmatchedReason {

	NO_FEASIBLE_MENTOR("No mentor is allowed for this mentee"),

	CAPACITY_EXHAUSTED("Every allowed mentor's places went to other mentees");

	private final String text;

	UnmatchedReason(String text) {
		this.text = text;
	}

	public String text() {
		return this.text;
	}

}
