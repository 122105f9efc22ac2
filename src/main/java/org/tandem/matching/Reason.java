package org.tandem.matching;

/**
 * Points a proposed pair earned for one criterion.
 */
public record Reason(Criterion criterion, int points) {

}
