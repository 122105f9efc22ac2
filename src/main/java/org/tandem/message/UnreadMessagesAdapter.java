package org.tandem.message;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.tandem.pairing.PairingId;
import org.tandem.pairing.UnreadMessages;
import org.tandem.shared.database.PipelinedReads;

import org.springframework.stereotype.Component;

/**
 * Tells "My pairings" how many messages wait unread on each card: one query for a page of
 * pairings, on the index of unread messages. Reads no text.
 */
@Component
class UnreadMessagesAdapter implements UnreadMessages {

	private final PipelinedReads reads;

	UnreadMessagesAdapter(PipelinedReads reads) {
		this.reads = reads;
	}

	@Override
	public Supplier<Map<PairingId, Long>> of(Collection<PairingId> pairings, UUID reader) {
		if (pairings.isEmpty()) {
			return HashMap::new;
		}
		return this.reads.query("""
				select pairing_id, count(*) as unread from message
				where recipient_id = :reader and read_at is null and pairing_id in (:pairings)
				group by pairing_id""",
				Map.of("reader", reader, "pairings", pairings.stream().map(PairingId::value).toList()), (rs) -> {
					Map<PairingId, Long> unread = new HashMap<>();
					while (rs.next()) {
						unread.put(new PairingId(rs.getObject("pairing_id", UUID.class)), rs.getLong("unread"));
					}
					return unread;
				});
	}

}
