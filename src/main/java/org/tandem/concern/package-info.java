/**
 * Concerns a mentor or mentee raises with the program's committee in confidence, the
 * committee's answer to them (acknowledged, resolved, or a no-fault rematch), and the
 * closing of pairs at the end of the program's term.
 */
@NullMarked
package org.tandem.concern;

import org.jspecify.annotations.NullMarked;
