package org.tandem.message.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.tandem.message.MessageSent;
import org.tandem.pairing.PairingId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Open conversation pages waiting for their pairing's next message. A waiting refresh
 * registers how to wake it; when a message of the pairing has been committed, every
 * waiter of that pairing is woken once and forgets its registration. Nothing here
 * outlives a request: a waiter that times out or ends cancels itself.
 * <p>
 * This is one instance's memory. Several instances behind one address still show every
 * message, at the latest when a waiting refresh times out.
 */
@Component
class ConversationWaits {

	private final ConcurrentMap<PairingId, Set<Runnable>> waiting = new ConcurrentHashMap<>();

	void await(PairingId id, Runnable wake) {
		this.waiting.computeIfAbsent(id, (key) -> ConcurrentHashMap.newKeySet()).add(wake);
	}

	void cancel(PairingId id, Runnable wake) {
		this.waiting.computeIfPresent(id, (key, wakes) -> {
			wakes.remove(wake);
			return wakes.isEmpty() ? null : wakes;
		});
	}

	/** How many refreshes wait for the pairing, for tests. */
	int waitingFor(PairingId id) {
		Set<Runnable> wakes = this.waiting.get(id);
		return (wakes != null) ? wakes.size() : 0;
	}

	@TransactionalEventListener
	void on(MessageSent sent) {
		Set<Runnable> wakes = this.waiting.remove(sent.pairingId());
		if (wakes != null) {
			wakes.forEach(Runnable::run);
		}
	}

}
