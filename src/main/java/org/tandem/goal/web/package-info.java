/**
 * The goal pages and the goals API of a pairing.
 */
@NullMarked
package org.tandem.goal.web;

import org.jspecify.annotations.NullMarked;
