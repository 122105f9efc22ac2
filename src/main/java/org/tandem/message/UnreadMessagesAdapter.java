package org.tandem.message;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.pairing.PairingId;
import org.tandem.pairing.UnreadMessages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells "My pairings" how many messages wait unread on each card: one query for a page of
 * pairings, on the index of unread messages. Reads no text.
 */
@Component
class UnreadMessagesAdapter implements UnreadMessages {

	private final JdbcClient jdbc;

	UnreadMessagesAdapter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<PairingId, Long> of(Collection<PairingId> pairings, UUID reader) {
		Map<PairingId, Long> unread = new HashMap<>();
		if (pairings.isEmpty()) {
			return unread;
		}
		this.jdbc.sql("""
				select pairing_id, count(*) as unread from message
				where recipient_id = :reader and read_at is null and pairing_id in (:pairings)
				group by pairing_id""")
			.param("reader", reader)
			.param("pairings", pairings.stream().map(PairingId::value).toList())
			.query((rs) -> {
				unread.put(new PairingId(rs.getObject("pairing_id", UUID.class)), rs.getLong("unread"));
			});
		return unread;
	}

}
