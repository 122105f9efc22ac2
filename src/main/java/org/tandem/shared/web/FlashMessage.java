package org.tandem.shared.web;

import java.io.Serializable;

/**
 * A one-line confirmation shown at the top of the next page after a redirect.
 * Serializable because flash attributes travel in the session, which is stored in the
 * database.
 */
public record FlashMessage(String text) implements Serializable {

	public static final String ATTRIBUTE = "flash";

}
