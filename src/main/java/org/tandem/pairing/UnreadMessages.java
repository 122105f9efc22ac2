package org.tandem.pairing;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * How many messages of each pairing wait unread for a reader, for "My pairings".
 * Implemented by the message feature, so that pairings do not depend on messages
 * (messages depend on pairings).
 */
public interface UnreadMessages {

	/**
	 * The unread count of each of the pairings that has unread messages for the reader;
	 * the others are left out. Checks no access: callers show it to the reader only.
	 */
	Supplier<Map<PairingId, Long>> of(Collection<PairingId> pairings, UUID reader);

}
