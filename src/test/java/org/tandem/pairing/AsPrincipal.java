package org.tandem.pairing;

import java.util.UUID;

import org.tandem.shared.security.TandemPrincipal;

/**
 * A caller for service calls in tests.
 */
public record AsPrincipal(UUID personId, String email, boolean admin) implements TandemPrincipal {

	public static AsPrincipal anAdministrator() {
		return new AsPrincipal(UUID.randomUUID(), "admin@example.org", true);
	}

}
