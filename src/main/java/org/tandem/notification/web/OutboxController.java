package org.tandem.notification.web;

import org.tandem.notification.MailDispatcher;
import org.tandem.notification.OutboxEntry;
import org.tandem.notification.OutboxMessageId;
import org.tandem.notification.OutboxQueries;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /admin/outbox}: the administrator reads the email Tandem sent or still holds,
 * which is where mail waits when no SMTP server is configured. Only administrators get
 * here: the security configuration guards {@code /admin/**}, and this class checks again
 * itself, so that a changed URL rule cannot open it.
 */
@HtmlController
@PreAuthorize("hasRole('ADMIN')")
class OutboxController {

	static final String PATH = "/admin/outbox";

	static final int PAGE_SIZE = 50;

	private final OutboxQueries queries;

	private final MailDispatcher dispatcher;

	OutboxController(OutboxQueries queries, MailDispatcher dispatcher) {
		this.queries = queries;
		this.dispatcher = dispatcher;
	}

	@GetMapping(PATH)
	String list(@RequestParam(defaultValue = "0") String page, Model model) {
		Paging paging = new Paging(Pager.pageNumber(page), PAGE_SIZE);
		PageResponse<OutboxEntry> results = this.queries.page(paging);
		model.addAttribute("page",
				new OutboxListPage(results, this.dispatcher.mailConfigured(), Pager.of(results, PATH)));
		return "notification/outbox";
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable OutboxMessageId id, Model model) {
		model.addAttribute("message",
				this.queries.find(id)
					.orElseThrow(() -> new NotFoundException("No such message."))
					.forReader(this.dispatcher.mailConfigured()));
		return "notification/outboxMessage";
	}

}
