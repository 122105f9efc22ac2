package org.tandem.pairing;

import java.util.Optional;
import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a pairing, as the API returns it.
 */
public record PairingId(UUID value) implements TypedId {

	public static PairingId random() {
		return new PairingId(UUID.randomUUID());
	}

	/**
	 * The id in a path, or empty when it is not a UUID (a malformed id names nothing).
	 */
	public static Optional<PairingId> parse(String text) {
		try {
			return Optional.of(new PairingId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
