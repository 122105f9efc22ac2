package org.tandem.goal;

import java.util.List;
import java.util.UUID;

import org.tandem.pairing.Pairing;

/**
 * All goals of a pairing, as its mentor or mentee reads them: the mentee's career goals
 * and the mentor's learning goals.
 */
public record PairGoals(Pairing pairing, List<Goal> goals) {

	public PairGoals {
		goals = List.copyOf(goals);
	}

	/** The mentee's goals, in the order they were set. */
	public List<Goal> menteeGoals() {
		return ownedBy(this.pairing.menteeId());
	}

	/** The mentor's own learning goals, in the order they were set. */
	public List<Goal> mentorGoals() {
		return ownedBy(this.pairing.mentorId());
	}

	public List<Goal> ownedBy(UUID personId) {
		return this.goals.stream().filter((goal) -> goal.ownerId().equals(personId)).toList();
	}

	/** How many of the goals are open, achieved and dropped. */
	public GoalCounts counts() {
		GoalCounts counts = GoalCounts.NONE;
		for (Goal goal : this.goals) {
			counts = counts.plus(goal.status(), 1);
		}
		return counts;
	}

}
