/**
 * The health page, its nudge button and the health API of a program.
 */
@NullMarked
package org.tandem.health.web;

import org.jspecify.annotations.NullMarked;
