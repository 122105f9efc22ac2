/**
 * Pairings: a mentor and a mentee working together in a program, from the committee's
 * pairing to its close, with the dates of their first and latest contact.
 */
@NullMarked
package org.tandem.pairing;

import org.jspecify.annotations.NullMarked;
