package org.tandem.shared;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for the email addresses Tandem stores and sends to: exactly one plain
 * address, {@code local@domain}, without a display name, quotes, comments, spaces,
 * {@code , ; < >} or control characters. The grammar is the dot-atom of RFC 5322 for the
 * local part and host names of letters, digits and hyphens for the domain: narrower than
 * what mail servers accept, which is the point, because a looser address is a list of
 * recipients or a header waiting to be injected.
 */
public final class EmailAddress {

	/** RFC 5321's limit for a whole address. */
	public static final int MAX_LENGTH = 320;

	private static final int LOCAL_MAX = 64;

	private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";

	private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

	private static final Pattern ADDRESS = Pattern
		.compile("(" + ATOM + "(?:\\." + ATOM + ")*)@(" + LABEL + "(?:\\." + LABEL + ")*\\.[A-Za-z]{2,63})");

	private EmailAddress() {
	}

	/**
	 * Whether {@code text} is one address Tandem accepts, as it is (callers strip
	 * surrounding white space first if they want to).
	 */
	public static boolean isValid(@Nullable String text) {
		if (text == null || text.length() > MAX_LENGTH) {
			return false;
		}
		var matcher = ADDRESS.matcher(text);
		return matcher.matches() && matcher.group(1).length() <= LOCAL_MAX;
	}

}
