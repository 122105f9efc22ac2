package org.tandem.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.TimeZones;

/**
 * What the layout of every page needs: the CSRF token for forms and htmx, who is looking,
 * and the zone in which they read times. A page controller gets it as a handler parameter
 * ({@code PageContext ctx}, see {@link PageContextArgumentResolver}), so that it can read
 * and show times in the viewer's zone ({@link #zone()}). The viewer is read when first
 * asked for ({@link #viewer()}, {@link #zone()}, the badges): its read waits to travel
 * with the page's first read ({@code PipelinedReads}).
 */
public final class PageContext {

	/**
	 * The name under which pages find the context: a request attribute while the handler
	 * runs, the model attribute {@code ctx} of the view it renders.
	 */
	public static final String ATTRIBUTE = "ctx";

	private final String csrfParameter;

	private final String csrfHeader;

	private final String csrfToken;

	private final @Nullable Supplier<Viewer> viewer;

	private final String path;

	private final ZoneId defaultZone;

	/**
	 * @param csrfParameter name of the form field carrying the CSRF token
	 * @param csrfHeader name of the header htmx sends the token in
	 * @param csrfToken the token
	 * @param viewer the signed-in person when first asked for, or {@code null} on public
	 * pages
	 * @param path the request path, to mark the current navigation item
	 * @param defaultZone Tandem's default zone, for public pages
	 */
	public PageContext(String csrfParameter, String csrfHeader, String csrfToken, @Nullable Supplier<Viewer> viewer,
			String path, ZoneId defaultZone) {
		this.csrfParameter = csrfParameter;
		this.csrfHeader = csrfHeader;
		this.csrfToken = csrfToken;
		this.viewer = viewer;
		this.path = path;
		this.defaultZone = defaultZone;
	}

	public String csrfParameter() {
		return this.csrfParameter;
	}

	public String csrfHeader() {
		return this.csrfHeader;
	}

	public String csrfToken() {
		return this.csrfToken;
	}

	/**
	 * The signed-in person, or {@code null} on public pages.
	 */
	public @Nullable Viewer viewer() {
		return (this.viewer != null) ? this.viewer.get() : null;
	}

	public String path() {
		return this.path;
	}

	public ZoneId defaultZone() {
		return this.defaultZone;
	}

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
		Viewer viewer = viewer();
		return viewer != null && viewer.admin();
	}

	public boolean committee() {
		Viewer viewer = viewer();
		return viewer != null && (viewer.admin() || viewer.committee());
	}

	public boolean current(String prefix) {
		return prefix.equals("/") ? this.path.equals("/") : this.path.startsWith(prefix);
	}

	/**
	 * Whether the page is Settings or one of the pages it links to (the own profile and
	 * absences, email, calendar feed, API tokens, password, the outbox, the audit log).
	 */
	public boolean inSettings() {
		Viewer viewer = viewer();
		return SETTINGS.stream().anyMatch(this::under) || (viewer != null && under("/people/" + viewer.personId()));
	}

	private boolean under(String prefix) {
		return this.path.equals(prefix) || this.path.startsWith(prefix + "/");
	}

	/**
	 * The zone in which the viewer reads and types times: their own, else Tandem's
	 * default.
	 */
	public ZoneId zone() {
		Viewer viewer = viewer();
		return (viewer != null) ? viewer.zone() : this.defaultZone;
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
