/**
 * Notes of a pair: private ones that only their author reads and shared ones that the
 * mentor and the mentee both read, never anyone else.
 */
@NullMarked
package org.tandem.note;

import org.jspecify.annotations.NullMarked;
