package org.tandem.notification.web;

import org.tandem.notification.NotificationItem;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.Pager;

/**
 * One page of a person's notifications, newest first, how many are unread, and the links
 * to the pages around it.
 */
public record NotificationListPage(PageResponse<NotificationItem> results, long unread, Pager pager) {

}
