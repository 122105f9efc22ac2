package org.tandem.export;

/**
 * What a program's committee can export. Each is metadata only: names, dates, states and
 * counts.
 */
public enum ExportKind {

	PAIRINGS("pairings", "Pairings",
			"Each pairing: the mentor and the mentee, its state, its dates, its cadence and how many meetings it held."),
	MEETINGS("meetings", "Meetings",
			"Each meeting and contact: its pairing, its day, format, state and length. Never its place, agenda or notes."),
	PARTICIPANTS("participants", "Participants",
			"Each participation: the person, their department, role, state, capacity and the day they joined.");

	private final String fileStem;

	private final String label;

	private final String description;

	ExportKind(String fileStem, String label, String description) {
		this.fileStem = fileStem;
		this.label = label;
		this.description = description;
	}

	/**
	 * The name in paths and files: {@code pairings}.
	 */
	public String fileStem() {
		return this.fileStem;
	}

	public String label() {
		return this.label;
	}

	public String description() {
		return this.description;
	}

}
