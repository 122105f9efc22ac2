package org.tandem.person;

import org.jspecify.annotations.Nullable;

/**
 * A newly created person, and their invitation link when no password was set, an
 * administrator created them and no email leaves Tandem (see {@link People#register}).
 */
public record Registration(Person person, @Nullable String invitationUrl) {
}
