package org.tandem.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.TimeZones;

/**
 * What the layout of every page needs: the CSRF token for forms and htmx, who is looking,
 * and the zone in which they read times. A page controller gets it as a handler parameter
 * ({@code PageContext ctx}, see {@link PageContextArgumentResolver}), so that it can read
 * and show times in the viewer's zone ({@link #zone()}).
 *
 * @param csrfParameter name of the form field carrying the CSRF token
 * @param csrfHeader name of the header htmx sends the token in
 * @param csrfToken the token
 * @param viewer the signed-in person, or {@code null} on public pages
 * @param path the request path, to mark the current navigation item
 * @param defaultZone Tandem's default zone, for public pages
 */
public record PageContext(String csrfParameter, String csrfHeader, String csrfToken, @Nullable Viewer viewer,
		String path, ZoneId defaultZone) {

	/**
	 * The pages under Settings, linked from {@code /settings}: the navigation marks
	 * Settings there.
	 */
	static final List<String> SETTINGS = List.of("/settings", "/me", "/admin/outbox", "/admin/audit");

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
	 * Whether the page is Settings or one of the pages it links to (the own profile and
	 * absences, email, calendar feed, API tokens, password, the outbox, the audit log).
	 */
	public boolean inSettings() {
		return SETTINGS.stream().anyMatch(this::under)
				|| (this.viewer != null && under("/people/" + this.viewer.personId()));
	}

	private boolean under(String prefix) {
		return this.path.equals(prefix) || this.path.startsWith(prefix + "/");
	}

	/**
	 * The zone in which the viewer reads and types times: their own, else Tandem's
	 * default.
	 */
	public ZoneId zone() {
		return (this.viewer != null) ? this.viewer.zone() : this.defaultZone;
	}

	/**
	 * An instant as date and time in the viewer's zone, followed by the zone's id:
	 * {@code 2027-01-14 14:00 Europe/Berlin}.
	 */
	public String dateTime(Instant instant) {
		return TimeZones.dateTime(instant, zone());
	}

	/**
	 * The day an instant falls on in the viewer's zone.
	 */
	public LocalDate date(Instant instant) {
		return TimeZones.date(instant, zone());
	}

	/**
	 * The signed-in person as the navigation needs them, with the zone they read times
	 * in.
	 *
	 * @param unreadNotifications their unread notifications (the badge on Notifications)
	 * @param unreadMessages the messages their partners sent them that they have not read
	 * (the badge on My pairings)
	 */
	public record Viewer(UUID personId, String name, boolean admin, boolean committee, long unreadNotifications,
			long unreadMessages, ZoneId zone) {
	}

}
