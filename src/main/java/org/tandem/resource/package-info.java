/**
 * A program's resources: its tip sheets for mentors and for mentees, which its committee
 * keeps, and the tip that fits a moment of a pairing (reaching out, the agreement, a
 * contact due, a new goal).
 */
@NullMarked
package org.tandem.resource;

import org.jspecify.annotations.NullMarked;
