package org.tandem.activity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.activity.Activity;
import org.tandem.activity.ActivityDraft;

/**
 * The catalogue page's form that adds or changes an activity.
 */
public record ActivityForm(
		@NotBlank(message = "is required") @Size(max = Activity.MAX_TITLE_LENGTH,
				message = "must be at most " + Activity.MAX_TITLE_LENGTH + " characters") @Nullable String title,
		@Size(max = Activity.MAX_DESCRIPTION_LENGTH, message = "must be at most " + Activity.MAX_DESCRIPTION_LENGTH
				+ " characters") @Nullable String description) {

	static ActivityForm empty() {
		return new ActivityForm(null, null);
	}

	static ActivityForm of(Activity activity) {
		return new ActivityForm(activity.title(), activity.description());
	}

	/**
	 * An empty description removes it.
	 */
	ActivityDraft toDraft() {
		return new ActivityDraft(this.title, (this.description != null) ? this.description : "");
	}

	public String value(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
