package org.tandem.person.web;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;

/**
 * What the profile page shows: the person, their supervisor if any, and which buttons the
 * viewer gets.
 */
public record ProfilePage(Person person, @Nullable Person supervisor, boolean canEdit, boolean canDisable) {
}
