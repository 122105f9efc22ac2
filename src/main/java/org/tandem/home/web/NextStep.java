package org.tandem.home.web;

/**
 * One suggestion on the home page: what to do, why, and where.
 */
public record NextStep(String title, String description, String href) {
}
