package org.tandem.audit.web;

import org.tandem.audit.AuditEntry;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;
import org.tandem.shared.web.Pager;

/**
 * The audit page: the search as typed, its errors, and one page of the entries found
 * (none while the search has errors).
 */
public record AuditPage(AuditForm form, FormValues values, FormErrors errors, PageResponse<AuditEntry> results,
		Pager pager) {

}
