/**
 * Goals of a pair: the mentee's career goals and the mentor's own learning goals, with
 * their milestones and the comments both write on them, all confidential to the pair; the
 * committee sees only how many are open, achieved or dropped.
 */
@NullMarked
package org.tandem.goal;

import org.jspecify.annotations.NullMarked;
