package org.tandem.goal.web;

import java.util.List;
import java.util.UUID;

import org.tandem.goal.Goal;
import org.tandem.goal.GoalCounts;

/**
 * The pair's goals page: the mentee's career goals, the mentor's learning goals, and the
 * form to set a new one (not when the pairing is closed).
 *
 * @param myName the viewer's name, for the owner choice
 * @param partnerName the other member's name, for the owner choice
 */
public record GoalBoardPage(UUID pairingId, boolean closed, String menteeName, String mentorName,
		List<Goal> menteeGoals, List<Goal> mentorGoals, GoalCounts counts, String myName, String partnerName) {

	public String menteeHeading() {
		return this.menteeName + "'s career goals";
	}

	public String mentorHeading() {
		return this.mentorName + "'s learning goals";
	}

	public List<StepIdea> ideas() {
		return List.of(StepIdea.values());
	}

}
