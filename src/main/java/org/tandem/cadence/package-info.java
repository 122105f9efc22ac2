/**
 * The 4–6 week rhythm: when a pairing's contact is due or overdue, paused while someone
 * is away; and absences.
 */
@NullMarked
package org.tandem.cadence;

import org.jspecify.annotations.NullMarked;
