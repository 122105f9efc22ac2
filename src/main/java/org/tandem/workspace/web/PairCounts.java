package org.tandem.workspace.web;

import org.tandem.activity.ActivityCounts;
import org.tandem.goal.GoalCounts;

/**
 * What the committee and administrators see of a pair's plan: numbers, never text.
 */
public record PairCounts(GoalCounts goals, ActivityCounts.Count activities) {

}
