package org.tandem.celebration;

/**
 * One of the program's suggested places and how many meetings were held there.
 */
public record PlaceCount(String name, long meetings) {

}
