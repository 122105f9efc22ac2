package org.tandem.shared.kernel;

/**
 * A secret carried in a URL path (a one-time link, a calendar feed), bound from the path
 * like a typed id. It prints as {@code UrlSecret[***]}, so that no log line, error page
 * or exception message made from it reveals the secret.
 */
public record UrlSecret(String value) {

	@Override
	public String toString() {
		return "UrlSecret[***]";
	}

}
