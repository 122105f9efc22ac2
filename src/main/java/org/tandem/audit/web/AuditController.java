package org.tandem.audit.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.AuditEntry;
import org.tandem.audit.AuditFilter;
import org.tandem.audit.AuditLog;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.FormValues;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.PageContext;
import org.tandem.shared.web.Pager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /admin/audit}: administrators search the audit log. The security configuration
 * guards {@code /admin/**}, and this class checks again itself.
 */
@HtmlController
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	static final String PATH = "/admin/audit";

	static final int PAGE_SIZE = 50;

	private final AuditLog auditLog;

	private final FormValidation validation;

	AuditController(AuditLog auditLog, FormValidation validation) {
		this.auditLog = auditLog;
		this.validation = validation;
	}

	@GetMapping(PATH)
	String search(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") AuditForm form,
			BindingResult binding, @RequestParam(required = false) @Nullable String page, PageContext ctx, Model model,
			HttpServletResponse response) {
		Paging paging = new Paging(Pager.pageNumber(page), PAGE_SIZE);
		PageResponse<AuditEntry> results = new PageResponse<>(List.of(), paging.page(), paging.size(), 0);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				results = this.auditLog.search(me,
						AuditFilter.days(form.actor(), form.action(), form.from(), form.to(), ctx.zone()), paging);
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("page",
				new AuditPage(form, FormValues.of(binding), errors, results, Pager.of(results, searchPath(form))));
		return "audit/audit";
	}

	/** The page's address with the search in it, for the pager's links. */
	private static String searchPath(AuditForm form) {
		return UriComponentsBuilder.fromPath(PATH)
			.queryParamIfPresent("actor", Optional.ofNullable(form.actor()).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("action", Optional.ofNullable(form.action()).filter((text) -> !text.isBlank()))
			.queryParamIfPresent("from", Optional.ofNullable(form.from()))
			.queryParamIfPresent("to", Optional.ofNullable(form.to()))
			.encode()
			.build()
			.toUriString();
	}

}
