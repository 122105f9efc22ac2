package org.tandem.calendar;

/**
 * An {@code .ics} attachment for an email and its iTIP method ({@code REQUEST} or
 * {@code CANCEL}).
 */
public record CalendarAttachment(String ics, String method) {

}
