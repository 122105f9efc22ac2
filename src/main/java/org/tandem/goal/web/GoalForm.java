package org.tandem.goal.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalChange;
import org.tandem.goal.GoalStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The goal page's form to change a goal: every field is sent, an empty target date
 * removes it. {@code version} is the goal's version when the page was shown.
 */
public record GoalForm(
		@NotBlank(message = "must not be blank") @Size(max = 200,
				message = "must be at most 200 characters") @Nullable String title,
		@Size(max = 5000, message = "must be at most 5000 characters") @Nullable String description,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate targetOn,
		@NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 100") @Max(value = 100,
				message = "must be between 0 and 100") @Nullable Integer progress,
		@NotNull(message = "is required") @Nullable GoalStatus status, @Nullable Integer version) {

	@Override
	public String toString() {
		// keeps the pair's texts out of logs
		return "GoalForm[targetOn=" + this.targetOn + ", progress=" + this.progress + ", status=" + this.status + "]";
	}

	static GoalForm of(Goal goal) {
		return new GoalForm(goal.title(), goal.description(), goal.targetOn(), goal.progress(), goal.status(),
				goal.version());
	}

	public String targetOnValue() {
		return (this.targetOn != null) ? this.targetOn.toString() : "";
	}

	public String progressValue() {
		return (this.progress != null) ? this.progress.toString() : "";
	}

	GoalChange toChange() {
		return new GoalChange(this.title, (this.description != null) ? this.description : "", this.targetOn,
				this.targetOn == null, this.progress, (this.status != null) ? this.status.name() : null, null,
				this.version);
	}

}
