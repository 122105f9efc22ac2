package org.tandem.matching;

/**
 * Whether the department criterion rewards mentors from another department (a fresh view,
 * the default) or from the same one.
 */
public enum DepartmentMode {

	DIFFERENT("Prefer a mentor from another department"), SAME("Prefer a mentor from the same department");

	private final String label;

	DepartmentMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
