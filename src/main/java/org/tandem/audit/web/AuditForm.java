package org.tandem.audit.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The search form of the audit page: a person (email or id), an action, and the first and
 * last day in the viewer's zone, all optional.
 */
public record AuditForm(@Size(max = 320) @Nullable String actor, @Size(max = 100) @Nullable String action,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to) {

}
