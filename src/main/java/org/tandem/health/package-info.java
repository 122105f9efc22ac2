/**
 * Program health: the committee's picture of a program from metadata alone (cadence
 * states, the pairs at risk, meetings, formats, completion counts, feedback aggregates),
 * its nudges to a pair and its weekly digest; never a word a pair wrote.
 */
@NullMarked
package org.tandem.health;

import org.jspecify.annotations.NullMarked;
