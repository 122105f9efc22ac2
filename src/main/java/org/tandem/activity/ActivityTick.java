package org.tandem.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a pair records about an activity: whether they did it, on which day (today if left
 * out), and a reflection only they read. A reflection left {@code null} stays as it is; a
 * blank one is removed.
 */
public record ActivityTick(@Nullable Boolean done, @Nullable LocalDate doneOn, @Nullable String reflection) {

	public static final int MAX_REFLECTION_LENGTH = 5000;

	@Override
	public String toString() {
		// keeps the pair's reflection out of logs
		return "ActivityTick[done=" + this.done + ", doneOn=" + this.doneOn + "]";
	}

}
