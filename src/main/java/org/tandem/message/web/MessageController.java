package org.tandem.message.web;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.message.Conversation;
import org.tandem.message.Messages;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The conversation page of a pairing: the pair's messages, oldest at the top and newest
 * at the bottom, and a form to send one. It works without JavaScript (the form posts and
 * the page comes back through a redirect); with htmx, sending swaps in the updated
 * conversation, and the conversation keeps asking for itself: the request names how many
 * messages the page shows ({@code after}) and is answered as soon as the pairing has
 * another, or after {@link #WAIT} with the conversation as it is (read marks may have
 * changed).
 * <p>
 * Read state: opening this page (a GET) is the viewer reading the conversation, so the
 * controller marks their unread messages of the pairing read, in one statement, after
 * reading them (they are still marked new on this page). That is a deliberate write on a
 * GET: the page is only ever opened by a person, never prefetched by Tandem. The fragment
 * that refreshes the conversation marks nothing itself; when it brings new messages it
 * makes the browser send {@code POST /pairings/{id}/messages/read}. To anyone outside the
 * pair these pages do not exist.
 */
@HtmlController
class MessageController {

	static final int PAGE_SIZE = 30;

	/** The longest a refresh waits for a new message before it answers anyway. */
	static final Duration WAIT = Duration.ofSeconds(25);

	private static final String HTMX = "HX-Request";

	private final Messages messages;

	private final FormValidation validation;

	private final ConversationWaits waits;

	MessageController(Messages messages, FormValidation validation, ConversationWaits waits) {
		this.messages = messages;
		this.validation = validation;
		this.waits = waits;
	}

	@GetMapping("/pairings/{id}/messages")
	String page(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable String page, Model model) {
		int number = Pager.pageNumber(page);
		Conversation conversation = this.messages.open(id, me, new Paging(number, PAGE_SIZE));
		return render(conversation, number, MessageForm.empty(), FormErrors.none(), model);
	}

	/**
	 * The newest {@code limit} messages as a fragment; with {@code after}, the number of
	 * messages the page already knows of, the answer waits for a newer one.
	 */
	@GetMapping("/pairings/{id}/messages/conversation")
	Object conversation(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Long after,
			@RequestParam(required = false) @Nullable Integer limit, Model model) {
		Paging newest = new Paging(0, (limit != null && limit >= 1 && limit <= PAGE_SIZE) ? limit : PAGE_SIZE);
		Conversation now = this.messages.conversation(id, me, newest);
		if (after == null || now.total() != after || now.closed()) {
			return fragment(now, newest);
		}
		DeferredResult<ModelAndView> answer = new DeferredResult<>(WAIT.toMillis());
		Runnable wake = () -> {
			try {
				answer.setResult(fragment(this.messages.conversation(id, me, newest), newest));
			}
			catch (RuntimeException ex) {
				answer.setErrorResult(ex);
			}
		};
		answer.onTimeout(wake);
		answer.onCompletion(() -> this.waits.cancel(id, wake));
		this.waits.await(id, wake);
		return answer;
	}

	private static ModelAndView fragment(Conversation conversation, Paging newest) {
		return new ModelAndView("message/fragment", Map.of("conversation", conversation, "limit", newest.size()));
	}

	@PostMapping("/pairings/{id}/messages")
	String send(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") MessageForm form, BindingResult binding,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.messages.send(id, me, form.body());
				if (htmx != null) {
					model.addAttribute("conversation", this.messages.conversation(id, me, new Paging(0, PAGE_SIZE)));
					model.addAttribute("form", MessageForm.empty());
					model.addAttribute("errors", FormErrors.none());
					model.addAttribute("sent", true);
					model.addAttribute("limit", PAGE_SIZE);
					return "message/sent";
				}
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your message is sent.");
				return "redirect:/pairings/" + id + "/messages";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		Conversation conversation = this.messages.conversation(id, me, new Paging(0, PAGE_SIZE));
		if (conversation.closed()) {
			// a closed pairing shows no form to correct
			throw new ConflictException("This pairing is closed: its messages stay readable but no new ones are sent.");
		}
		if (htmx != null) {
			// htmx swaps only successful answers: the form comes back with its errors
			model.addAttribute("conversation", conversation);
			model.addAttribute("form", form);
			model.addAttribute("errors", errors);
			model.addAttribute("sent", false);
			model.addAttribute("limit", PAGE_SIZE);
			return "message/sent";
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(conversation, 0, form, errors, model);
	}

	@PostMapping("/pairings/{id}/messages/read")
	Object read(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestHeader(name = HTMX, required = false) @Nullable String htmx) {
		this.messages.markRead(id, me);
		if (htmx != null) {
			return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
		}
		return "redirect:/pairings/" + id + "/messages";
	}

	private String render(Conversation conversation, int page, MessageForm form, FormErrors errors, Model model) {
		PageResponse<?> shown = new PageResponse<>(conversation.messages(), page, PAGE_SIZE, conversation.total());
		model.addAttribute("view", new MessagesPageView(conversation, page == 0, Pager.of(shown, conversation.href())));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "message/messages";
	}

}
