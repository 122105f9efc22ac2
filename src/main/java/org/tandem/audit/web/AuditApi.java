package org.tandem.audit.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.AuditFilter;
import org.tandem.audit.AuditLog;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log in the JSON API, for administrators; everyone else gets 403.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration")
class AuditApi {

	private final AuditLog auditLog;

	AuditApi(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/v1/admin/audit")
	@Operation(summary = "Search the audit log (administrators)",
			description = "Every committee and administrator action, newest first, paged. actor: a person's id or "
					+ "email; action: an action such as pairing.close, or its start before a dot (pairing); from "
					+ "and to: days (YYYY-MM-DD, both included) in the caller's time zone. 400 for a malformed "
					+ "date or a range that ends before it starts.")
	PageResponse<AuditEntryJson> search(@AuthenticationPrincipal TandemPrincipal me,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		AuditFilter filter = AuditFilter.days(actor, action, from, to, this.auditLog.zoneOf(me));
		return this.auditLog.search(me, filter, Paging.of(page, size)).map(AuditEntryJson::of);
	}

}
