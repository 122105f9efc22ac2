package org.tandem.matching;

import java.util.EnumMap;
import java.util.Map;

import org.tandem.matching.solver.Objective;

/**
 * How a program matches: the solver's objective, whether former partners are excluded,
 * the department mode, how many mentors a mentee may rank, and a weight per criterion
 * (criteria not given keep their default weight).
 */
public record MatchingSettings(Objective objective, boolean excludeFormerPartners, DepartmentMode departmentMode,
		int maxPreferences, Map<Criterion, CriterionWeight> weights) {

	public static final int MAX_PREFERENCES = 10;

	/**
	 * Expertise counts most, then the mentee's own request, then shared languages, a
	 * different department and shared formats, and the same location a little.
	 */
	static final Map<Criterion, CriterionWeight> DEFAULT_WEIGHTS = Map.of(Criterion.EXPERTISE_OVERLAP,
			CriterionWeight.of(8), Criterion.MENTEE_REQUEST, CriterionWeight.of(6), Criterion.LANGUAGES,
			CriterionWeight.of(4), Criterion.DEPARTMENT, CriterionWeight.of(3), Criterion.MEETING_FORMATS,
			CriterionWeight.of(3), Criterion.LOCATION, CriterionWeight.of(2));

	public MatchingSettings {
		EnumMap<Criterion, CriterionWeight> all = new EnumMap<>(DEFAULT_WEIGHTS);
		all.putAll(weights);
		weights = java.util.Collections.unmodifiableMap(all);
	}

	/**
	 * What a program uses until its committee saves its own.
	 */
	public static MatchingSettings defaults() {
		return new MatchingSettings(Objective.MOST_MATCHED_THEN_SCORE, false, DepartmentMode.DIFFERENT, 5, Map.of());
	}

	public CriterionWeight weight(Criterion criterion) {
		return this.weights.get(criterion);
	}

	/**
	 * The most points any pair can earn: every weighted criterion fully met.
	 */
	public int maxPairScore() {
		return this.weights.values().stream().mapToInt(CriterionWeight::maxPoints).sum();
	}

}
