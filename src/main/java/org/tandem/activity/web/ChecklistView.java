package org.tandem.activity.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.activity.ActivityCounts;
import org.tandem.activity.PairActivities;
import org.tandem.shared.web.FormErrors;

/**
 * The pair's checklist page: the checklist, how far the pair is (the same count the
 * committee sees), and the activity whose form came back with errors, if any.
 */
public record ChecklistView(PairActivities.Checklist checklist, ActivityCounts.Count count, Failed failed) {

	/**
	 * The activity whose form came back with errors, with what was typed.
	 */
	public record Failed(@Nullable UUID activityId, @Nullable TickForm form, FormErrors errors) {

		public static final Failed NONE = new Failed(null, null, FormErrors.none());

	}

}
