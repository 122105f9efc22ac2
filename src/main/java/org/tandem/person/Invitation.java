package org.tandem.person;

import org.jspecify.annotations.Nullable;

/**
 * An imported person, invited by email, and the link with which they choose their
 * password when the importer may be shown it (an administrator while no email leaves
 * Tandem).
 */
public record Invitation(String name, String email, @Nullable String url) {
}
