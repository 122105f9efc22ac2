/**
 * The meeting pages and the meetings API of a pairing.
 */
@NullMarked
package org.tandem.meeting.web;

import org.jspecify.annotations.NullMarked;
