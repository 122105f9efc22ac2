package org.tandem.message.web;

import org.tandem.message.Conversation;
import org.tandem.shared.web.Pager;

/**
 * The conversation page of a pairing as one of the pair sees it: a page of its messages
 * (the newest unless the viewer went back to older ones) and whether new ones can be
 * sent.
 *
 * @param newest whether this is the page of the newest messages (it refreshes itself)
 */
public record MessagesPageView(Conversation conversation, boolean newest, Pager pager) {

	public String pairingHref() {
		return "/pairings/" + this.conversation.pairingId();
	}

}
