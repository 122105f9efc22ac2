/**
 * The web adapters of people: the profile, directory, edit and import pages and the
 * people API.
 */
@NullMarked
package org.tandem.person.web;

import org.jspecify.annotations.NullMarked;
