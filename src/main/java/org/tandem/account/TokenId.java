package org.tandem.account;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of an API token (never the token itself), as its owner's list shows it.
 */
public record TokenId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
