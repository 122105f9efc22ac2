package org.tandem.activity.web;

import org.jspecify.annotations.Nullable;
import org.tandem.activity.Activity;
import org.tandem.activity.ActivityId;
import org.tandem.shared.web.FormErrors;

/**
 * On the catalogue page, the activity whose edit form came back with errors, if any, with
 * what was typed.
 */
public record ActivityEdit(@Nullable ActivityId id, ActivityForm form, FormErrors errors) {

	static final ActivityEdit NONE = new ActivityEdit(null, ActivityForm.empty(), FormErrors.none());

	public boolean is(Activity activity) {
		return activity.id().equals(this.id);
	}

	/**
	 * What the activity's edit form shows: what was typed, or the activity as it is.
	 */
	public ActivityForm formFor(Activity activity) {
		return is(activity) ? this.form : ActivityForm.of(activity);
	}

	public FormErrors errorsFor(Activity activity) {
		return is(activity) ? this.errors : FormErrors.none();
	}

}
