/**
 * Matching: the program's criteria, the hard constraints, runs of the exact matcher and
 * of the preferences mode, and publishing a run's proposals as pairings.
 */
@NullMarked
package org.tandem.matching;

import org.jspecify.annotations.NullMarked;
