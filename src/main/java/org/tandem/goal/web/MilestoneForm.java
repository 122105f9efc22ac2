package org.tandem.goal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The goal page's form to add a milestone to the end of the goal's list.
 */
public record MilestoneForm(@NotBlank(message = "must not be blank") @Size(max = 200,
		message = "must be at most 200 characters") @Nullable String title) {

	@Override
	public String toString() {
		return "MilestoneForm[]";
	}

	static MilestoneForm empty() {
		return new MilestoneForm(null);
	}

}
