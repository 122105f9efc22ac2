package org.tandem.health;

/**
 * One reason a pair is at risk, in words.
 *
 * @param state what is the matter, with its day where there is one
 * @param action what the committee can do about it
 */
public record Risk(RiskKind kind, String state, String action) {

}
