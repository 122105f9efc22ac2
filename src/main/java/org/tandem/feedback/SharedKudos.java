package org.tandem.feedback;

import java.time.Instant;

/**
 * Kudos their author chose to share with the program, for its celebration: the words and
 * the day, not who wrote them to whom.
 */
public record SharedKudos(KudosId id, String body, Instant createdAt) {

	@Override
	public String toString() {
		return "SharedKudos[id=" + this.id + "]";
	}

}
