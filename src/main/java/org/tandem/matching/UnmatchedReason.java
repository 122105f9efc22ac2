package org.tandem.matching;

/**
 * Why a run left a mentee without a mentor: no mentor is allowed for them at all (hard
 * constraints, required criteria, or in preferences mode none of the mentors they
 * ranked); every place they could take is needed by mentees with no other (or, in
 * preferences mode, went to mentees the mentors rank higher); or, under "highest total
 * score only", an assignment placing them too exists but scores lower.
 */
public enum UnmatchedReason {

	NO_FEASIBLE_MENTOR("No mentor is allowed for this mentee"),

	CAPACITY_EXHAUSTED("Every allowed mentor's places went to other mentees"),

	NOT_CHOSEN("Left out for a higher total score: an assignment that also places this mentee exists, "
			+ "but it scores lower");

	private final String label;

	UnmatchedReason(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
