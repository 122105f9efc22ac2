package org.tandem.feedback.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.PulseDraft;

/**
 * The form that gives a meeting its pulse. The comment's rules are checked by
 * {@link org.tandem.feedback.Pulses}, the same for the API.
 */
public record PulseForm(@NotNull(message = "is required") @Min(value = 1,
		message = "must be from 1 to 5") @Max(value = 5, message = "must be from 1 to 5") @Nullable Integer usefulness,
		@Nullable String comment) {

	@Override
	public String toString() {
		return "PulseForm[usefulness=" + this.usefulness + "]";
	}

	static PulseForm empty() {
		return new PulseForm(null, null);
	}

	public String commentValue() {
		return (this.comment != null) ? this.comment : "";
	}

	PulseDraft toDraft() {
		return new PulseDraft(this.usefulness, this.comment);
	}

}
