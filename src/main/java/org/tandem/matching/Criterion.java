package org.tandem.matching;

/**
 * What a pair can score points for. The order is the order of the columns on the review
 * page.
 */
public enum Criterion {

	EXPERTISE_OVERLAP("Expertise", "The mentor's expertise meets the mentee's interests and goals"),

	DEPARTMENT("Department", "Same or different department"),

	LOCATION("Location", "Same location"),

	MEETING_FORMATS("Meeting formats", "Meeting formats both like"),

	LANGUAGES("Languages", "A language both speak"),

	MENTEE_REQUEST("Request", "The mentee asked for this mentor");

	private final String label;

	private final String description;

	Criterion(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

}
