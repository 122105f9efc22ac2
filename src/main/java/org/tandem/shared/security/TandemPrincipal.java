package org.tandem.shared.security;

import java.util.UUID;

/**
 * The signed-in person as every feature sees them: who they are and whether they
 * administer the platform. Roles in programs are not carried here; features ask the
 * program module, so a change of role takes effect at once.
 */
public interface TandemPrincipal {

	UUID personId();

	String email();

	boolean admin();

}
