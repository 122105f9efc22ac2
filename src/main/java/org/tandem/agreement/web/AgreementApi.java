package org.tandem.agreement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.agreement.AgreementDraft;
import org.tandem.agreement.Agreements;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A pairing's agreement in the JSON API.
 */
@RestController
@RequestMapping("/api/v1/pairings/{id}/agreement")
@Tag(name = "Agreements")
class AgreementApi {

	private final Agreements agreements;

	AgreementApi(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping
	@Operation(summary = "A pairing's agreement",
			description = "The mentor and mentee get the full agreement (empty until first saved); the program's "
					+ "committee and administrators get only mentorAcknowledgedAt, menteeAcknowledgedAt and "
					+ "acknowledged; 404 for anyone else.")
	AgreementJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id) {
		return AgreementJson.of(this.agreements.read(id, me));
	}

	@PutMapping
	@Operation(summary = "Save the agreement (the mentor or the mentee)",
			description = "Replaces the whole agreement; a missing text is empty. Each text at most 2000 characters, "
					+ "no control characters but line breaks and tabs; formats among IN_PERSON, WALKING, LUNCH, "
					+ "CONFERENCE, VIDEO, PHONE, EMAIL, MESSAGE. A change of content clears both "
					+ "acknowledgements. 403 for the committee, 404 for anyone else, 409 if the pairing is closed.")
	AgreementJson.Full save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody SaveAgreement request) {
		return AgreementJson.full(this.agreements.save(id, me,
				new AgreementDraft(request.groundRules(), request.timeCommitment(), request.scope(), request.rhythm(),
						request.formats(), request.communication(), request.goals(), request.confidentialityPledge(),
						null)));
	}

	@PostMapping("/acknowledgements")
	@Operation(summary = "Acknowledge the agreement (the mentor or the mentee)",
			description = "Records that the caller agrees to the version they read ({\"version\": n}, as "
					+ "GET returned it); acknowledging again keeps the first time. 400 without a version; 409 if "
					+ "the agreement changed since that version, nothing is saved yet, the confidentiality pledge "
					+ "is not ticked, or the pairing is closed; 403 for the committee, 404 for anyone else.")
	AgreementJson.Full acknowledge(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody(required = false) @Nullable Acknowledge request) {
		Integer version = (request != null) ? request.version() : null;
		if (version == null) {
			throw new InvalidInputException("version", "is required: the version of the agreement you read");
		}
		return AgreementJson.full(this.agreements.acknowledge(id, me, version));
	}

	/**
	 * The version the caller read and agrees to.
	 */
	record Acknowledge(@Nullable Integer version) {
	}

	record SaveAgreement(@Nullable String groundRules, @Nullable String timeCommitment, @Nullable String scope,
			@Nullable String rhythm, @Nullable List<String> formats, @Nullable String communication,
			@Nullable String goals, @Nullable Boolean confidentialityPledge) {

		@Override
		public String toString() {
			// keeps the confidential text out of logs
			return "SaveAgreement[formats=" + this.formats + "]";
		}

	}

}
