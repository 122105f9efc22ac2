package org.tandem.notification;

import java.util.UUID;

import org.tandem.shared.kernel.Paging;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

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
		Paging paging = new Paging(PageLinks.pageNumber(page), PAGE_SIZE);
		model.addAttribute("page", new OutboxListPage(this.queries.page(paging), this.dispatcher.mailConfigured()));
		return "notification/outbox";
	}

	@GetMapping(PATH + "/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute("message",
				this.queries.find(parse(id))
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
					.forReader(this.dispatcher.mailConfigured()));
		return "notification/outboxMessage";
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
