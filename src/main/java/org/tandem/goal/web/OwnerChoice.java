package org.tandem.goal.web;

/**
 * Whose goal the goal form sets: the caller's own, or their partner's.
 */
public enum OwnerChoice {

	ME, PARTNER

}
