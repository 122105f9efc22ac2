/**
 * Honest feedback: a pulse after each held meeting, kudos between the pair, and the
 * program's evaluations at the middle and the end of its term; the pair's words are
 * theirs alone, and the committee sees aggregates of five responses or more.
 */
@NullMarked
package org.tandem.feedback;

import org.jspecify.annotations.NullMarked;
