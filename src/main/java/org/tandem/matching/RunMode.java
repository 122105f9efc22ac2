package org.tandem.matching;

/**
 * How a run pairs: the exact optimal assignment by the criteria, or a mentee-optimal
 * stable assignment from the participants' rankings.
 */
public enum RunMode {

	OPTIMAL, PREFERENCES

}
