package org.tandem.goal.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.goal.Goal;
import org.tandem.goal.GoalComment;
import org.tandem.goal.Milestone;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.Pager;

/**
 * One goal of the pair with its milestones and comments, and the forms to change it, tick
 * its milestones and comment on it (not when the pairing is closed).
 *
 * @param ownerIsMentee whether it is the mentee's career goal, else the mentor's learning
 * goal
 * @param names the pair's names by person id, for comment authors
 */
public record GoalPage(Goal goal, boolean closed, String ownerName, boolean ownerIsMentee, Map<UUID, String> names,
		PageResponse<GoalComment> comments, Pager pager) {

	public String title() {
		return (this.goal.title() != null) ? this.goal.title() : "A goal whose title cannot be read";
	}

	public String kind() {
		return this.ownerIsMentee ? this.ownerName + "'s career goal" : this.ownerName + "'s learning goal";
	}

	public String author(GoalComment comment) {
		return this.names.getOrDefault(comment.authorId(), "Someone no longer in Tandem");
	}

	public String iso(Instant instant) {
		return instant.toString();
	}

	public List<Milestone> milestones() {
		return this.goal.milestones();
	}

	public List<StepIdea> ideas() {
		return List.of(StepIdea.values());
	}

	public String path() {
		return "/goals/" + this.goal.id();
	}

}
