package org.tandem.message;

import java.util.List;
import java.util.UUID;

import org.tandem.pairing.PairingId;

/**
 * A pairing's messages as one of the pair sees them, ready for a page: the newest
 * {@code messages} in reading order (the oldest of them first, the newest last, as a chat
 * shows them).
 *
 * @param viewerId the member looking at it
 * @param partnerName the other member's name
 * @param closed whether the pairing is closed (its messages stay readable, no new ones)
 * @param messages oldest first
 * @param total how many messages the pairing has in all
 * @param unread how many of the shown messages were unread by the viewer when they were
 * read
 */
public record Conversation(PairingId pairingId, UUID viewerId, String partnerName, boolean closed,
		List<Message> messages, long total, long unread) {

	public String href() {
		return "/pairings/" + this.pairingId + "/messages";
	}

	/** The fragment that shows the newest messages again. */
	public String fragmentHref() {
		return href() + "/conversation";
	}

	/** Where the viewer's unread messages are marked read. */
	public String readHref() {
		return href() + "/read";
	}

	/**
	 * Whether more messages exist than are shown.
	 */
	public boolean hasOlder() {
		return this.total > this.messages.size();
	}

}
