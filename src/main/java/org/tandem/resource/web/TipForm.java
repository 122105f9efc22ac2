package org.tandem.resource.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.resource.Audience;
import org.tandem.resource.Moment;
import org.tandem.resource.Tip;
import org.tandem.resource.TipDraft;

/**
 * The form that adds or changes a tip. The body is plain text; a blank line starts a new
 * paragraph.
 */
public record TipForm(@NotNull(message = "is required") @Nullable Audience audience, @Nullable Moment moment,
		@NotBlank(message = "is required") @Size(max = Tip.MAX_TITLE_LENGTH,
				message = "must be at most " + Tip.MAX_TITLE_LENGTH + " characters") @Nullable String title,
		@NotBlank(message = "is required") @Size(max = Tip.MAX_BODY_LENGTH,
				message = "must be at most " + Tip.MAX_BODY_LENGTH + " characters") @Nullable String body) {

	static TipForm empty() {
		return new TipForm(Audience.BOTH, null, null, null);
	}

	static TipForm of(Tip tip) {
		return new TipForm(tip.audience(), tip.moment(), tip.title(), tip.body());
	}

	TipDraft toDraft() {
		return new TipDraft(this.audience, this.moment, this.title, this.body);
	}

	public String value(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
