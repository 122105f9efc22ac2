package org.tandem.concern.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.concern.Concern;
import org.tandem.concern.ConcernStatus;
import org.tandem.concern.NewConcern;

/**
 * A concern as its author, the committee and administrators get it. {@code body} and
 * {@code outcome} are {@code null} when the stored text is not authentic for this
 * concern.
 *
 * @param rematch whether the author asked for a new partner
 */
record ConcernJson(UUID id, UUID programId, @Nullable UUID pairingId, UUID authorId, @Nullable String body,
		boolean rematch, ConcernStatus status, @Nullable String outcome, Instant createdAt,
		@Nullable Instant acknowledgedAt, @Nullable Instant closedAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "ConcernJson[id=" + this.id + ", status=" + this.status + "]";
	}

	static ConcernJson of(Concern concern) {
		return new ConcernJson(concern.id().value(), concern.programId().value(),
				(concern.pairingId() != null) ? concern.pairingId().value() : null, concern.authorId(), concern.body(),
				concern.rematchRequested(), concern.status(), concern.outcome(), concern.createdAt(),
				concern.acknowledgedAt(), concern.closedAt());
	}

	/** The body of {@code POST /programs/{id}/concerns}. */
	record Input(@Nullable UUID pairingId, @Nullable String body, @Nullable Boolean rematch) {

		@Override
		public String toString() {
			// keeps the confidential text out of logs
			return "ConcernJson.Input[pairingId=" + this.pairingId + "]";
		}

		NewConcern toRequest() {
			return new NewConcern(this.pairingId, this.body, this.rematch);
		}

	}

	/** The body of {@code POST /concerns/{id}/resolve}. */
	record Resolution(@Nullable String outcome) {

		@Override
		public String toString() {
			// keeps the confidential text out of logs
			return "ConcernJson.Resolution";
		}

	}

}
