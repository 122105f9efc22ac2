/**
 * Encryption at rest of the pair's confidential text: the one place that holds the keys.
 */
@NullMarked
package org.tandem.shared.crypto;

import org.jspecify.annotations.NullMarked;
