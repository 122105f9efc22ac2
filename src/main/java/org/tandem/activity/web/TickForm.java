package org.tandem.activity.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.activity.ActivityTick;
import org.tandem.activity.ChecklistItem;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * One activity's form on the pair's checklist. An unticked box sends nothing, so a
 * missing {@code done} means not done; the date then does not count.
 *
 * @param from {@code workspace} when the form sits on the pairing's page, which the pair
 * returns to
 */
public record TickForm(@Nullable Boolean done, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate doneOn,
		@Size(max = ActivityTick.MAX_REFLECTION_LENGTH, message = "must be at most "
				+ ActivityTick.MAX_REFLECTION_LENGTH + " characters") @Nullable String reflection,
		@Nullable String from) {

	static final String WORKSPACE = "workspace";

	public static TickForm of(ChecklistItem item) {
		return new TickForm(item.done(), item.doneOn(), item.reflection(), null);
	}

	@Override
	public String toString() {
		// keeps the pair's reflection out of logs
		return "TickForm[done=" + this.done + ", doneOn=" + this.doneOn + "]";
	}

	public boolean ticked() {
		return Boolean.TRUE.equals(this.done);
	}

	ActivityTick toTick() {
		return new ActivityTick(ticked(), ticked() ? this.doneOn : null,
				(this.reflection != null) ? this.reflection : "");
	}

	boolean fromWorkspace() {
		return WORKSPACE.equals(this.from);
	}

	public String doneOnValue() {
		return (this.doneOn != null) ? this.doneOn.toString() : "";
	}

	public String reflectionValue() {
		return (this.reflection != null) ? this.reflection : "";
	}

}
