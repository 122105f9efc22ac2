package org.tandem.notification.web;

import org.tandem.notification.OutboxEntry;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.Pager;

/**
 * One page of the outbox, newest first, whether mail leaves Tandem at all, and the links
 * to the pages around it.
 */
public record OutboxListPage(PageResponse<OutboxEntry> results, boolean mailConfigured, Pager pager) {

}
