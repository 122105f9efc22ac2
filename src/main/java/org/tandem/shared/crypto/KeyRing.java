package org.tandem.shared.crypto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The current key, which encrypts, and every key that may still decrypt, by id.
 */
final class KeyRing {

	private final EncryptionKey current;

	private final Map<String, EncryptionKey> byId = new LinkedHashMap<>();

	KeyRing(EncryptionKey current, List<EncryptionKey> old) {
		this.current = current;
		this.byId.put(current.id(), current);
		old.forEach((key) -> this.byId.putIfAbsent(key.id(), key));
	}

	EncryptionKey current() {
		return this.current;
	}

	@Nullable EncryptionKey find(String id) {
		return this.byId.get(id);
	}

	int size() {
		return this.byId.size();
	}

}
