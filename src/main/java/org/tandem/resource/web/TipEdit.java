package org.tandem.resource.web;

import org.jspecify.annotations.Nullable;
import org.tandem.resource.Tip;
import org.tandem.resource.TipId;
import org.tandem.shared.web.FormErrors;

/**
 * On the edit page, the tip whose form came back with errors, if any, with what was
 * typed.
 */
public record TipEdit(@Nullable TipId id, TipForm form, FormErrors errors) {

	static final TipEdit NONE = new TipEdit(null, TipForm.empty(), FormErrors.none());

	public boolean is(Tip tip) {
		return tip.id().equals(this.id);
	}

	/**
	 * What the tip's form shows: what was typed, or the tip as it is.
	 */
	public TipForm formFor(Tip tip) {
		return is(tip) ? this.form : TipForm.of(tip);
	}

	public FormErrors errorsFor(Tip tip) {
		return is(tip) ? this.errors : FormErrors.none();
	}

}
