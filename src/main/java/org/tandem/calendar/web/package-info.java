/**
 * The web adapters of the calendar feature: the feed, its settings page and API.
 */
@NullMarked
package org.tandem.calendar.web;

import org.jspecify.annotations.NullMarked;
