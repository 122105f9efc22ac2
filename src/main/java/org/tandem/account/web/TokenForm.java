package org.tandem.account.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A named API token and how many days it lives; the server picks everything else.
 */
public record TokenForm(
		@NotBlank @Size(max = 100, message = "must be at most 100 characters long") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "must be one line without control characters") String name,
		@NotNull(message = "must be chosen") @Nullable Integer lifetimeDays) {

	/**
	 * The lifetimes a person may choose, in days.
	 */
	public static final List<Integer> LIFETIMES = List.of(30, 90, 365);

	static final int DEFAULT_LIFETIME = 90;

	static TokenForm empty() {
		return new TokenForm("", DEFAULT_LIFETIME);
	}

	boolean lifetimeAllowed() {
		return this.lifetimeDays != null && LIFETIMES.contains(this.lifetimeDays);
	}

	public boolean chosen(int days) {
		return this.lifetimeDays != null && this.lifetimeDays == days;
	}

}
