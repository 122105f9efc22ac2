/**
 * The program's year-end celebration (what its pairs achieved, counted from metadata,
 * with the kudos their authors shared) and its idea board, "ways to engage", where
 * participants post and vote on ideas and the committee features the best.
 */
@NullMarked
package org.tandem.celebration;

import org.jspecify.annotations.NullMarked;
