package org.tandem.calendar.web;

import org.tandem.calendar.CalendarFeeds;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /settings/calendar}: a person creates, regenerates or revokes their secret
 * calendar feed URL. The new URL is rendered in the answer to the POST rather than
 * carried in a flash attribute, so the secret is never written to the session store.
 */
@HtmlController
class CalendarSettingsController {

	static final String PATH = "/settings/calendar";

	private final CalendarFeeds feeds;

	CalendarSettingsController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		model.addAttribute("page", new CalendarSettingsPage(this.feeds.createdAt(me.personId()).orElse(null), null));
		return "calendar/settings";
	}

	@PostMapping(PATH)
	String create(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		String url = this.feeds.create(me.personId());
		model.addAttribute("page", new CalendarSettingsPage(this.feeds.createdAt(me.personId()).orElse(null), url));
		return "calendar/settings";
	}

	@PostMapping(PATH + "/revoke")
	String revoke(@AuthenticationPrincipal TandemPrincipal me, RedirectAttributes redirect) {
		boolean had = this.feeds.revoke(me.personId());
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				had ? "Your calendar feed URL is revoked." : "You had no calendar feed URL.");
		return "redirect:" + PATH;
	}

}
