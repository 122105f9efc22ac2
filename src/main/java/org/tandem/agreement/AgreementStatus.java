package org.tandem.agreement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a pairing's agreement is acknowledged, and when, without any of its text: what
 * the committee may know.
 *
 * @param recorded whether the pair has saved an agreement at all
 */
public record AgreementStatus(boolean recorded, @Nullable Instant mentorAcknowledgedAt,
		@Nullable Instant menteeAcknowledgedAt) {

	/**
	 * The status of a pairing whose agreement is not written yet.
	 */
	public static final AgreementStatus NONE = new AgreementStatus(false, null, null);

	public boolean mentorAcknowledged() {
		return this.mentorAcknowledgedAt != null;
	}

	public boolean menteeAcknowledged() {
		return this.menteeAcknowledgedAt != null;
	}

	/**
	 * Whether both have acknowledged the current text.
	 */
	public boolean acknowledged() {
		return mentorAcknowledged() && menteeAcknowledged();
	}

}
