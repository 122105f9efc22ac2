package org.tandem.goal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;

/**
 * A comment on a goal by one of the pair: feedback, a question, news of progress. The
 * body is confidential to the pair; it reads as {@code null} if its ciphertext is not
 * authentic for its row.
 */
public record GoalComment(UUID id, GoalId goalId, PairingId pairingId, UUID authorId, @Nullable String body,
		Instant createdAt) {

	@Override
	public String toString() {
		// keeps the pair's text out of logs
		return "GoalComment[id=" + this.id + ", goalId=" + this.goalId + ", authorId=" + this.authorId + "]";
	}

}
