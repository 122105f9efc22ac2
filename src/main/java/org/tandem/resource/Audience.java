package org.tandem.resource;

import org.tandem.program.Role;

/**
 * Whom a tip is for.
 */
public enum Audience {

	MENTOR("Mentors", "For mentors"), MENTEE("Mentees", "For mentees"),
	BOTH("Mentors and mentees", "For mentors and mentees");

	private final String label;

	private final String heading;

	Audience(String label, String heading) {
		this.label = label;
		this.heading = heading;
	}

	/**
	 * The heading of this audience's tip sheet.
	 */
	public String heading() {
		return this.heading;
	}

	/**
	 * The audience as pages name it.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Whether a person in this role is among the audience: mentors and mentees read their
	 * own tips and those for both; the committee only those for both.
	 */
	boolean includes(Role role) {
		return this == BOTH || name().equals(role.name());
	}

}
