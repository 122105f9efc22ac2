/**
 * Programs: their term and cadence settings, enrollment, and participants with their
 * roles and per-program profiles.
 */
@NullMarked
package org.tandem.program;

import org.jspecify.annotations.NullMarked;
