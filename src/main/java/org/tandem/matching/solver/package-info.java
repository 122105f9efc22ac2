/**
 * Matching algorithms with no framework dependency: the exact assignment solver over
 * mentor slots, deferred acceptance for preferences mode, and the {@code solve} command.
 */
@NullMarked
package org.tandem.matching.solver;

import org.jspecify.annotations.NullMarked;
