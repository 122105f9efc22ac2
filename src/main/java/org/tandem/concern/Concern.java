package org.tandem.concern;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;

/**
 * A concern raised with a program's committee: its author's words (and the committee's
 * outcome) are for the author, the committee and administrators only, never for the other
 * member of the pairing it is about. State changes return a new concern and refuse what
 * the current state does not allow.
 *
 * @param pairingId the author's pairing it is about, if any
 * @param body the author's text; {@code null} when the stored text is not authentic
 * @param rematchRequested whether the author asked for a new partner
 * @param outcome what the committee says it did; {@code null} until resolved, or if none
 */
public record Concern(ConcernId id, ProgramId programId, @Nullable PairingId pairingId, UUID authorId,
		@Nullable String body, boolean rematchRequested, ConcernStatus status, @Nullable String outcome,
		Instant createdAt, @Nullable Instant acknowledgedAt, @Nullable Instant closedAt, @Nullable UUID closedBy) {

	/** The longest body or outcome. */
	public static final int MAX_LENGTH = 10_000;

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "Concern[id=" + this.id + ", status=" + this.status + "]";
	}

	static Concern raise(ProgramId program, @Nullable PairingId pairing, UUID author, String body, boolean rematch,
			Instant now) {
		return new Concern(new ConcernId(UUID.randomUUID()), program, pairing, author, body, rematch,
				ConcernStatus.OPEN, null, now, null, null, null);
	}

	public boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}

	Concern acknowledge(Instant now) {
		if (this.status != ConcernStatus.OPEN) {
			throw new ConflictException("This concern is " + this.status.label().toLowerCase() + " already.");
		}
		return new Concern(this.id, this.programId, this.pairingId, this.authorId, this.body, this.rematchRequested,
				ConcernStatus.ACKNOWLEDGED, null, this.createdAt, now, null, null);
	}

	Concern close(ConcernStatus outcomeStatus, @Nullable String outcome, UUID by, Instant now) {
		if (this.status.closed()) {
			throw new ConflictException("This concern is " + this.status.label().toLowerCase() + " already.");
		}
		return new Concern(this.id, this.programId, this.pairingId, this.authorId, this.body, this.rematchRequested,
				outcomeStatus, outcome, this.createdAt, (this.acknowledgedAt != null) ? this.acknowledgedAt : now, now,
				by);
	}

}
