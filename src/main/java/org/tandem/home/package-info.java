/**
 * The frame of every page (navigation by role) and the home page that tells each person
 * what to do next.
 */
@NullMarked
package org.tandem.home;

import org.jspecify.annotations.NullMarked;
