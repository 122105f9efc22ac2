/**
 * The audit log: every committee and administrator action, append-only.
 */
@NullMarked
package org.tandem.audit;

import org.jspecify.annotations.NullMarked;
