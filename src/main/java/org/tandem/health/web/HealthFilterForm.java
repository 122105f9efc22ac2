package org.tandem.health.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.health.HealthFilter;
import org.tandem.health.HealthPeriod;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The health page's filters, as query parameters of a plain GET form.
 */
public record HealthFilterForm(@Nullable HealthPeriod period, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
		@Size(max = 200, message = "is too long") @Nullable String department) {

	/** No filter: the current term, every department. */
	static final HealthFilterForm NONE = new HealthFilterForm(null, null, null, null);

	HealthFilter filter() {
		return new HealthFilter((this.period == null) ? HealthPeriod.TERM : this.period, this.from, this.to,
				this.department);
	}

	/** Whether the page should choose the period in its select. */
	public boolean chosen(HealthPeriod candidate) {
		return candidate == ((this.period == null) ? HealthPeriod.TERM : this.period);
	}

	public boolean chosen(String candidate) {
		return candidate.equals(this.department);
	}

}
