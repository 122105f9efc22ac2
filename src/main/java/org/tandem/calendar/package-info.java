/**
 * Meetings in people's calendars: invitations as iCalendar attachments and each person's
 * secret, revocable calendar feed, both without any of the pair's confidential text.
 */
@NullMarked
package org.tandem.calendar;

import org.jspecify.annotations.NullMarked;
