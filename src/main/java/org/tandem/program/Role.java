package org.tandem.program;

/**
 * A person's role in one program.
 */
public enum Role {

	COMMITTEE("Committee"), MENTOR("Mentor"), MENTEE("Mentee");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/**
	 * The role as pages name it.
	 */
	public String label() {
		return this.label;
	}

}
