/**
 * Matching algorithms with no framework dependency: the exact assignment solver over
 * mentors with capacities, deferred acceptance for preferences mode, and the
 * {@code solve} command.
 *
 * <p>
 * The named interface lets the application's main class start the {@code solve} command
 * without a Spring context. It is the only Spring type here: an annotation on this
 * package, which the JVM ignores when Spring is absent, so the solver still runs on its
 * own.
 */
@NullMarked
@NamedInterface("solver")
package org.tandem.matching.solver;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
