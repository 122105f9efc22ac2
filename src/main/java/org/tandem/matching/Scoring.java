package org.tandem.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Scores a mentor for a mentee by the program's criteria. Each criterion is met by a
 * fraction from 0 to 1; it earns {@code round(weight × 10 × fraction)} points. Missing
 * data (no department, no languages) meets a criterion by 0, so a required criterion
 * fails when either side left it empty.
 */
final class Scoring {

	/**
	 * Shared topics that earn an expertise criterion its full points.
	 */
	static final int FULL_OVERLAP = 3;

	private final MatchingSettings settings;

	Scoring(MatchingSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param requestRank the mentee's rank for this mentor (1 is the first choice), 0 if
	 * they did not rank them
	 */
	PairScore score(Candidate mentor, Candidate mentee, int requestRank) {
		int[] points = new int[Criterion.values().length];
		int total = 0;
		boolean failsRequired = false;
		for (Criterion criterion : Criterion.values()) {
			double fraction = fraction(criterion, mentor, mentee, requestRank);
			CriterionWeight weight = this.settings.weight(criterion);
			if (weight.required() && fraction <= 0) {
				failsRequired = true;
			}
			int earned = (int) Math.round(weight.maxPoints() * fraction);
			points[criterion.ordinal()] = earned;
			total += earned;
		}
		return new PairScore(total, failsRequired, points);
	}

	double fraction(Criterion criterion, Candidate mentor, Candidate mentee, int requestRank) {
		return switch (criterion) {
			case EXPERTISE_OVERLAP -> expertise(mentor, mentee);
			case DEPARTMENT -> department(mentor.department(), mentee.department());
			case LOCATION -> (mentor.location() != null && mentor.location().equals(mentee.location())) ? 1 : 0;
			case MEETING_FORMATS -> shared(mentor.formats(), mentee.formats());
			case LANGUAGES -> shared(mentor.languages(), mentee.languages()) > 0 ? 1 : 0;
			case MENTEE_REQUEST -> request(requestRank);
		};
	}

	/**
	 * An area of the mentor's expertise meets the mentee when it is one of their
	 * interests or all its words appear in their interests and goals. Three such areas
	 * (or all of a mentor's, if fewer) meet the criterion fully.
	 */
	static double expertise(Candidate mentor, Candidate mentee) {
		if (mentor.expertise().isEmpty()) {
			return 0;
		}
		int matched = 0;
		for (String area : mentor.expertise()) {
			List<String> words = mentor.expertiseWords().getOrDefault(area, List.of());
			if (mentee.interests().contains(area) || (!words.isEmpty() && mentee.words().containsAll(words))) {
				matched++;
			}
		}
		return Math.min(1.0, matched / (double) Math.min(FULL_OVERLAP, mentor.expertise().size()));
	}

	private double department(@Nullable String mentor, @Nullable String mentee) {
		if (mentor == null || mentee == null) {
			return 0;
		}
		boolean same = Objects.equals(mentor, mentee);
		return (same == (this.settings.departmentMode() == DepartmentMode.SAME)) ? 1 : 0;
	}

	/**
	 * The share of the smaller list that both have.
	 */
	private static double shared(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		return common.size() / (double) Math.min(a.size(), b.size());
	}

	/**
	 * The first choice meets the criterion fully, each later choice by one step less.
	 */
	private double request(int rank) {
		int max = this.settings.maxPreferences();
		if (rank < 1 || rank > max) {
			return 0;
		}
		return (max - rank + 1) / (double) max;
	}

}
