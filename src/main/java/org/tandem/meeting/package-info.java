/**
 * Meetings and contacts of a pair: the ones that happened and the ones planned, with
 * their confidential place, agenda and shared notes.
 */
@NullMarked
package org.tandem.meeting;

import org.jspecify.annotations.NullMarked;
