package org.tandem.notification.web;

import org.tandem.notification.NotificationItem;
import org.tandem.notification.Notifications;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

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
		Paging paging = new Paging(Pager.pageNumber(page), PAGE_SIZE);
		PageResponse<NotificationItem> results = this.notifications.list(me.personId(), paging);
		model.addAttribute("page", new NotificationListPage(results, this.notifications.unreadCount(me.personId()),
				Pager.of(results, PATH)));
		return "notification/notifications";
	}

	@PostMapping(PATH + "/read")
	String markAllRead(@AuthenticationPrincipal TandemPrincipal me, RedirectAttributes redirect) {
		int marked = this.notifications.markAllRead(me.personId());
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				marked == 0 ? "You had no unread notifications." : "All notifications are marked read.");
		return "redirect:" + PATH;
	}

}
