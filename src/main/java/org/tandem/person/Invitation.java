package org.tandem.person;

/**
 * An imported person and the link with which they choose their password.
 */
public record Invitation(String name, String email, String url) {
}
