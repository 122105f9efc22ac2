/**
 * Agreements: the expectations a mentor and a mentee record at the start of a pairing,
 * confidential to the pair, and each member's acknowledgement of them.
 */
@NullMarked
package org.tandem.agreement;

import org.jspecify.annotations.NullMarked;
