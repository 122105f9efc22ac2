package org.tandem.agreement.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.agreement.Agreement;
import org.tandem.agreement.AgreementStatus;
import org.tandem.agreement.AgreementTerms;
import org.tandem.agreement.Agreements;
import org.tandem.program.MeetingFormat;

/**
 * An agreement in the API: the full text for the pair, only the acknowledgements for the
 * committee and administrators.
 */
@Schema(oneOf = { AgreementJson.Full.class, AgreementJson.Status.class })
sealed interface AgreementJson {

	static AgreementJson of(Agreements.Reading reading) {
		if (!reading.member()) {
			AgreementStatus status = reading.status();
			return new Status(status.mentorAcknowledgedAt(), status.menteeAcknowledgedAt(), status.acknowledged());
		}
		Agreement agreement = reading.agreement();
		return (agreement != null) ? full(agreement)
				: new Full(null, null, null, null, List.of(), null, null, false, null, null, null, 0);
	}

	static Full full(Agreement agreement) {
		AgreementTerms terms = agreement.terms();
		return new Full(terms.groundRules(), terms.timeCommitment(), terms.scope(), terms.rhythm(), terms.formats(),
				terms.communication(), terms.goals(), terms.confidentialityPledge(), agreement.mentorAcknowledgedAt(),
				agreement.menteeAcknowledgedAt(), agreement.updatedAt(), agreement.version());
	}

	/**
	 * The agreement as the pair sees it; texts are {@code null} when empty, and
	 * {@code updatedAt} is {@code null} until it is first saved. {@code version} is what
	 * an acknowledgement sends back (0 before the first save).
	 */
	@Schema(name = "Agreement")
	record Full(@Nullable String groundRules, @Nullable String timeCommitment, @Nullable String scope,
			@Nullable String rhythm, List<MeetingFormat> formats, @Nullable String communication,
			@Nullable String goals, boolean confidentialityPledge, @Nullable Instant mentorAcknowledgedAt,
			@Nullable Instant menteeAcknowledgedAt, @Nullable Instant updatedAt, int version) implements AgreementJson {

	}

	/**
	 * What the committee may know: who acknowledged and when.
	 */
	@Schema(name = "AgreementStatus")
	record Status(@Nullable Instant mentorAcknowledgedAt, @Nullable Instant menteeAcknowledgedAt,
			boolean acknowledged) implements AgreementJson {

	}

}
