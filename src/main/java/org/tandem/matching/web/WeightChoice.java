package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.CriterionWeight;

/**
 * One choice of a criterion's weight on the settings form: required, or a weight from 0
 * to 10. The form sends {@link #value}: "REQUIRED" or the weight.
 */
public record WeightChoice(String value, String label) {

	static final String REQUIRED = "REQUIRED";

	/**
	 * The values the form accepts; {@link WeightValue} checks them.
	 */
	static final String VALUES = "REQUIRED|10|[0-9]";

	static List<WeightChoice> all() {
		List<WeightChoice> choices = new ArrayList<>();
		choices.add(new WeightChoice(REQUIRED, "Required"));
		for (int weight = 0; weight <= CriterionWeight.MAX_WEIGHT; weight++) {
			choices.add(new WeightChoice(Integer.toString(weight), Integer.toString(weight)));
		}
		return choices;
	}

	static String valueFor(CriterionWeight weight) {
		return weight.required() ? REQUIRED : Integer.toString(weight.weight());
	}

	/**
	 * The weight a value stands for, {@code null} if it is none of {@link #VALUES}.
	 */
	static @Nullable CriterionWeight weight(@Nullable String value) {
		if (value == null || !value.matches(VALUES)) {
			return null;
		}
		return REQUIRED.equals(value) ? CriterionWeight.mustMeet() : CriterionWeight.of(Integer.parseInt(value));
	}

}
