package org.tandem.concern;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the author of a concern gives; {@link Concerns} checks it.
 *
 * @param pairingId the author's pairing it is about, if any
 * @param rematch whether the author asks for a new partner ({@code null}: no)
 */
public record NewConcern(@Nullable UUID pairingId, @Nullable String body, @Nullable Boolean rematch) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "NewConcern[pairingId=" + this.pairingId + ", rematch=" + this.rematch + "]";
	}

}
