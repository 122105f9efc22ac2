package org.tandem.concern.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.tandem.concern.NewConcern;
import org.tandem.pairing.PairingId;

/**
 * The form that raises a concern. Length and characters are checked by
 * {@link org.tandem.concern.Concerns}, the same for the API.
 */
public record ConcernForm(@Nullable PairingId pairingId, @NotBlank(message = "is required") @Nullable String body,
		@Nullable Boolean rematch) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "ConcernForm[pairingId=" + this.pairingId + "]";
	}

	static ConcernForm about(@Nullable PairingId pairing) {
		return new ConcernForm(pairing, "", false);
	}

	public String bodyValue() {
		return (this.body != null) ? this.body : "";
	}

	public boolean rematchChecked() {
		return Boolean.TRUE.equals(this.rematch);
	}

	NewConcern toRequest() {
		return new NewConcern((this.pairingId != null) ? this.pairingId.value() : null, this.body,
				Boolean.TRUE.equals(this.rematch));
	}

}
