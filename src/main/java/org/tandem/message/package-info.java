/**
 * Messages between the mentor and the mentee of a pairing: a conversation that only the
 * two of them read, with an unread count for the navigation and an event that lets the
 * partner be told (never what the message says).
 */
@NullMarked
package org.tandem.message;

import org.jspecify.annotations.NullMarked;
