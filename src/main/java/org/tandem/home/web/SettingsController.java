package org.tandem.home.web;

import org.tandem.shared.web.HtmlController;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /settings}: the one place for what is about the person rather than their work,
 * linking to the pages that keep their own addresses (profile, absences, email, calendar
 * feed, API tokens, password, and for administrators the outbox). The navigation marks
 * Settings on all of them.
 */
@HtmlController
class SettingsController {

	@GetMapping("/settings")
	String settings() {
		return "home/settings";
	}

}
