package org.tandem.agreement;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A pairing's stored agreement, decrypted: its terms and who acknowledged them when. Read
 * only for the members of the pair.
 */
public record Agreement(UUID pairingId, AgreementTerms terms, @Nullable Instant mentorAcknowledgedAt,
		@Nullable Instant menteeAcknowledgedAt, Instant updatedAt, UUID updatedBy, int version) {

	AgreementStatus status() {
		return new AgreementStatus(true, this.mentorAcknowledgedAt, this.menteeAcknowledgedAt);
	}

}
