package org.tandem.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;

/**
 * An activity a program suggests to its pairs, in the committee's words. Not
 * confidential. A retired activity is no longer suggested; the pairs that ticked it keep
 * their record.
 *
 * @param position the place in the catalogue, smallest first
 */
public record Activity(ActivityId id, ProgramId programId, String title, @Nullable String description, int position,
		@Nullable Instant retiredAt) {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_DESCRIPTION_LENGTH = 2000;

	public boolean retired() {
		return this.retiredAt != null;
	}

	Activity withText(String title, @Nullable String description) {
		return new Activity(this.id, this.programId, title, description, this.position, this.retiredAt);
	}

	Activity at(int position) {
		return new Activity(this.id, this.programId, this.title, this.description, position, this.retiredAt);
	}

	Activity retire(Instant now) {
		return new Activity(this.id, this.programId, this.title, this.description, this.position, now);
	}

}
