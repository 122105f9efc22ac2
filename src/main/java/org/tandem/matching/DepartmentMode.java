package org.tandem.matching;

/**
 * Whether the department criterion rewards mentors from another department (a fresh view,
 * the default) or from the same one.
 */
public enum DepartmentMode {

	DIFFERENT, SAME

}
