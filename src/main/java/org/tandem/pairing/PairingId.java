package org.tandem.pairing;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a pairing, as the API returns it.
 */
public record PairingId(UUID value) implements TypedId {

	public static PairingId random() {
		return new PairingId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
