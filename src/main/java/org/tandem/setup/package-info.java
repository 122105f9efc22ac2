/**
 * Setting up a new installation: the first administrator, from the environment or through
 * a one-time link.
 */
@NullMarked
package org.tandem.setup;

import org.jspecify.annotations.NullMarked;
