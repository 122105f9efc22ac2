/**
 * The neutral kernel every feature may use, in the domain as on the web: typed ids, the
 * exceptions that name a domain outcome (not found, forbidden, conflict, invalid input,
 * throttled), paging, and the memo that lets one GET request ask a question once.
 */
@NullMarked
package org.tandem.shared.kernel;

import org.jspecify.annotations.NullMarked;
