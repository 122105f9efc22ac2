package org.tandem.notification;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;

/**
 * One page of a person's notifications, newest first, and how many are unread.
 */
public record NotificationListPage(PageResponse<NotificationItem> results, long unread) {

	public @Nullable String previousHref() {
		return PageLinks.previous(this.results, NotificationController.PATH);
	}

	public @Nullable String nextHref() {
		return PageLinks.next(this.results, NotificationController.PATH);
	}

}
