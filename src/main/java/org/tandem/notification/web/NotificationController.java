package org.tandem.notification;

import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /notifications}: the signed-in person's own notifications, newest first, and a
 * button to mark them all read.
 */
@HtmlController
class NotificationController {

	static final String PATH = "/notifications";

	static final int PAGE_SIZE = 50;

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping(PATH)
	String list(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(defaultValue = "0") String page,
			Model model) {
		Paging paging = new Paging(PageLinks.pageNumber(page), PAGE_SIZE);
		model.addAttribute("page", new NotificationListPage(this.notifications.list(me.personId(), paging),
				this.notifications.unreadCount(me.personId())));
		return "notification/notifications";
	}

	@PostMapping(PATH + "/read")
	String markAllRead(@AuthenticationPrincipal TandemPrincipal me, RedirectAttributes redirect) {
		int marked = this.notifications.markAllRead(me.personId());
		redirect.addFlashAttribute("flash",
				marked == 0 ? "You had no unread notifications." : "All notifications are marked read.");
		return "redirect:" + PATH;
	}

}
