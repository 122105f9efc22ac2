package org.tandem.goal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.NewGoal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The form to set a goal. {@code addMilestone} is the step idea whose "Add as milestone"
 * button sent the form: then the form comes back with that milestone added, nothing
 * saved. Blank milestones are left out.
 */
public record NewGoalForm(
		@NotBlank(message = "must not be blank") @Size(max = 200,
				message = "must be at most 200 characters") @Nullable String title,
		@Size(max = 5000, message = "must be at most 5000 characters") @Nullable String description,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate targetOn,
		@NotNull(message = "is required") @Nullable OwnerChoice owner, @Nullable List<@Nullable String> milestones,
		@Nullable String addMilestone) {

	@Override
	public String toString() {
		// keeps the pair's texts out of logs
		return "NewGoalForm[targetOn=" + this.targetOn + ", owner=" + this.owner + "]";
	}

	static NewGoalForm empty() {
		return new NewGoalForm(null, null, null, OwnerChoice.ME, List.of(), null);
	}

	/** The milestones typed so far, blanks left out. */
	public List<String> milestoneTitles() {
		List<String> titles = new ArrayList<>();
		if (this.milestones != null) {
			for (String title : this.milestones) {
				if (title != null && !title.isBlank()) {
					titles.add(title.strip());
				}
			}
		}
		return titles;
	}

	/** The form as sent, with one more milestone. */
	NewGoalForm withMilestone(String title) {
		List<String> titles = new ArrayList<>(milestoneTitles());
		titles.add(title);
		return new NewGoalForm(this.title, this.description, this.targetOn, this.owner, titles, null);
	}

	public String targetOnValue() {
		return (this.targetOn != null) ? this.targetOn.toString() : "";
	}

	public boolean owner(OwnerChoice choice) {
		return this.owner == choice;
	}

	NewGoal toNewGoal(UUID ownerId) {
		return new NewGoal(this.title, this.description, this.targetOn, ownerId, milestoneTitles());
	}

}
