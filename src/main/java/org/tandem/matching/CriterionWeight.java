package org.tandem.matching;

/**
 * How much a criterion counts: a weight from 0 to 10, or required (a pair that fails it
 * is never proposed; it then earns no points).
 */
public record CriterionWeight(int weight, boolean required) {

	public static final int MAX_WEIGHT = 10;

	public CriterionWeight {
		if (weight < 0 || weight > MAX_WEIGHT) {
			throw new IllegalArgumentException("weight must be between 0 and " + MAX_WEIGHT);
		}
		if (required) {
			weight = 0;
		}
	}

	public static CriterionWeight of(int weight) {
		return new CriterionWeight(weight, false);
	}

	public static CriterionWeight mustMeet() {
		return new CriterionWeight(0, true);
	}

	/**
	 * The points a pair earns when it meets the criterion fully.
	 */
	public int maxPoints() {
		return this.weight * 10;
	}

}
