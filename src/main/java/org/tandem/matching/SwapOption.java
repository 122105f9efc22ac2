package org.tandem.matching;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentor the committee could pin for a mentee instead: their score for the mentee,
 * places left, and why they are not allowed, if they are not.
 */
public record SwapOption(UUID mentorId, int score, int placesLeft, @Nullable String violation) {

	public boolean allowed() {
		return this.violation == null && this.placesLeft > 0;
	}

}
