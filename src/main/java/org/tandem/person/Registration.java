package org.tandem.person;

import org.jspecify.annotations.Nullable;

/**
 * A newly created person, and the invitation link for them when no password was set (to
 * be handed over by whoever created them until Tandem sends email).
 */
public record Registration(Person person, @Nullable String invitationUrl) {
}
