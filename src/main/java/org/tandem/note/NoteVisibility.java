package org.tandem.note;

import org.jspecify.annotations.Nullable;

/**
 * Who reads a note besides its author.
 */
public enum NoteVisibility {

	/** Its author only. */
	PRIVATE("Private"),
	/** Both of the pair. */
	PAIR("Shared");

	private final String label;

	NoteVisibility(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The visibility of this exact name, or {@code null}.
	 */
	static @Nullable NoteVisibility named(@Nullable String name) {
		for (NoteVisibility visibility : values()) {
			if (visibility.name().equals(name)) {
				return visibility;
			}
		}
		return null;
	}

}
