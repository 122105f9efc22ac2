package org.tandem.shared.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the layout of every page needs: the CSRF token for forms and htmx, and who is
 * looking.
 *
 * @param csrfParameter name of the form field carrying the CSRF token
 * @param csrfHeader name of the header htmx sends the token in
 * @param csrfToken the token
 * @param viewer the signed-in person, or {@code null} on public pages
 * @param path the request path, to mark the current navigation item
 */
public record PageContext(String csrfParameter, String csrfHeader, String csrfToken, @Nullable Viewer viewer,
		String path) {

	/**
	 * The JSON for {@code hx-headers}, so htmx requests carry the CSRF token.
	 */
	public String hxHeaders() {
		return "{\"" + this.csrfHeader + "\": \"" + this.csrfToken + "\"}";
	}

	public boolean signedIn() {
		return this.viewer != null;
	}

	public boolean admin() {
		return this.viewer != null && this.viewer.admin();
	}

	public boolean committee() {
		return this.viewer != null && (this.viewer.admin() || this.viewer.committee());
	}

	public boolean current(String prefix) {
		return prefix.equals("/") ? this.path.equals("/") : this.path.startsWith(prefix);
	}

	/**
	 * The signed-in person as the navigation needs them.
	 */
	public record Viewer(UUID personId, String name, boolean admin, boolean committee, long unreadNotifications) {
	}

}
