/**
 * The pair's workspace: one page per pairing that gathers what to do next, the next
 * meeting, goals, the activity checklist and shared notes for the pair, and the pairing's
 * metadata (never its texts) for the committee.
 */
@NullMarked
package org.tandem.workspace;

import org.jspecify.annotations.NullMarked;
