package org.tandem.feedback.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.KudosDraft;

/**
 * The form that gives kudos; private to the pair unless shared with the program.
 */
public record KudosForm(@NotBlank(message = "is required") @Nullable String body, @Nullable Boolean shareWithProgram) {

	@Override
	public String toString() {
		return "KudosForm[shareWithProgram=" + this.shareWithProgram + "]";
	}

	static KudosForm empty() {
		return new KudosForm(null, false);
	}

	public String bodyValue() {
		return (this.body != null) ? this.body : "";
	}

	public boolean shared() {
		return Boolean.TRUE.equals(this.shareWithProgram);
	}

	KudosDraft toDraft() {
		return new KudosDraft(this.body, shared());
	}

}
