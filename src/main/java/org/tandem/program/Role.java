package org.tandem.program;

/**
 * A person's role in one program.
 */
public enum Role {

	COMMITTEE, MENTOR, MENTEE

}
