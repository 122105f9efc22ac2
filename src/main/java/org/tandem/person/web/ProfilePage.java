package org.tandem.person.web;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;

/**
 * What the profile page shows: the person, their supervisor if any, their time zone and
 * which buttons the viewer gets.
 *
 * @param timeZone the zone's id, with a note when it is Tandem's default; {@code null} on
 * a directory card
 */
public record ProfilePage(Person person, @Nullable Person supervisor, @Nullable String timeZone, boolean canEdit,
		boolean canDisable) {
}
