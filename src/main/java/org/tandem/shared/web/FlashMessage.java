package org.tandem.shared.web;

/**
 * A one-line confirmation shown at the top of the next page after a redirect.
 */
public record FlashMessage(String text) {

	public static final String ATTRIBUTE = "flash";

}
