package org.tandem.notification;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;

/**
 * One page of the outbox, newest first, and whether mail leaves Tandem at all.
 */
public record OutboxListPage(PageResponse<OutboxEntry> results, boolean mailConfigured) {

	public @Nullable String previousHref() {
		return PageLinks.previous(this.results, OutboxController.PATH);
	}

	public @Nullable String nextHref() {
		return PageLinks.next(this.results, OutboxController.PATH);
	}

}
