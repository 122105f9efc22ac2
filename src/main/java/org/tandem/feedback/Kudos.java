package org.tandem.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;

/**
 * Thanks or praise one of the pair gives the other. The body is the pair's text unless
 * its author shares it with the program, for its celebration; either way it is stored
 * encrypted. {@code body} is {@code null} when it cannot be read.
 */
public record Kudos(KudosId id, PairingId pairingId, UUID authorId, @Nullable String body, boolean sharedWithProgram,
		Instant createdAt) {

	public static final int MAX_BODY_LENGTH = 2000;

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "Kudos[id=" + this.id + ", pairingId=" + this.pairingId + ", shared=" + this.sharedWithProgram + "]";
	}

	public boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}

}
