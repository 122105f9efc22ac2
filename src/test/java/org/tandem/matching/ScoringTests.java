package org.tandem.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.matching.solver.Objective;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Points per criterion: weight × 10 × how well the pair meets it.
 */
class ScoringTests {

	static Candidate mentor(List<String> expertise, String department, String location, List<String> formats,
			List<String> languages) {
		return Candidate.of(UUID.randomUUID(), department, location, expertise, List.of(), null, formats, languages);
	}

	static Candidate mentee(List<String> interests, String goals, String department, String location,
			List<String> formats, List<String> languages) {
		return Candidate.of(UUID.randomUUID(), department, location, List.of(), interests, goals, formats, languages);
	}

	static MatchingSettings only(Criterion criterion, CriterionWeight weight) {
		Map<Criterion, CriterionWeight> weights = new java.util.EnumMap<>(Criterion.class);
		for (Criterion each : Criterion.values()) {
			weights.put(each, CriterionWeight.of(0));
		}
		weights.put(criterion, weight);
		return new MatchingSettings(Objective.MOST_MATCHED_THEN_SCORE, false, DepartmentMode.DIFFERENT, 5, weights);
	}

	@Test
	void expertiseMeetsInterestsAndGoalWordsIgnoringCase() {
		Candidate mentor = mentor(List.of("Grant Writing", "Cataloguing", "Metadata", "Leadership"), null, null,
				List.of(), List.of());
		Candidate mentee = mentee(List.of("cataloguing"), "I want to improve my grant writing.", null, null, List.of(),
				List.of());
		PairScore score = new Scoring(only(Criterion.EXPERTISE_OVERLAP, CriterionWeight.of(6))).score(mentor, mentee,
				0);
		// two of three areas for full points: 60 × 2/3
		assertThat(score.total()).isEqualTo(40);
		assertThat(score.reasons()).containsExactly(new Reason(Criterion.EXPERTISE_OVERLAP, 40));
	}

	@Test
	void threeSharedAreasEarnFullPoints() {
		Candidate mentor = mentor(List.of("a1", "b2", "c3", "d4"), null, null, List.of(), List.of());
		Candidate mentee = mentee(List.of("A1", "B2", "C3"), null, null, null, List.of(), List.of());
		assertThat(
				new Scoring(only(Criterion.EXPERTISE_OVERLAP, CriterionWeight.of(10))).score(mentor, mentee, 0).total())
			.isEqualTo(100);
	}

	@ParameterizedTest
	@CsvSource({ "DIFFERENT, Cataloguing, Reference, 30", "DIFFERENT, Reference, reference, 0",
			"SAME, Reference, REFERENCE, 30", "SAME, Cataloguing, Reference, 0" })
	void departmentModes(DepartmentMode mode, String mentorDepartment, String menteeDepartment, int points) {
		MatchingSettings settings = new MatchingSettings(Objective.MOST_MATCHED_THEN_SCORE, false, mode, 5,
				only(Criterion.DEPARTMENT, CriterionWeight.of(3)).weights());
		PairScore score = new Scoring(settings).score(mentor(List.of(), mentorDepartment, null, List.of(), List.of()),
				mentee(List.of(), null, menteeDepartment, null, List.of(), List.of()), 0);
		assertThat(score.total()).isEqualTo(points);
	}

	@Test
	void anUnknownDepartmentEarnsNothingAndFailsWhenRequired() {
		Scoring scoring = new Scoring(only(Criterion.DEPARTMENT, CriterionWeight.mustMeet()));
		PairScore score = scoring.score(mentor(List.of(), null, null, List.of(), List.of()),
				mentee(List.of(), null, "Reference", null, List.of(), List.of()), 0);
		assertThat(score.total()).isZero();
		assertThat(score.failsRequired()).isTrue();
	}

	@Test
	void aRequiredCriterionThatIsMetEarnsNoPointsButPasses() {
		Scoring scoring = new Scoring(only(Criterion.LANGUAGES, CriterionWeight.mustMeet()));
		PairScore score = scoring.score(mentor(List.of(), null, null, List.of(), List.of("English", "French")),
				mentee(List.of(), null, null, null, List.of(), List.of("french")), 0);
		assertThat(score.failsRequired()).isFalse();
		assertThat(score.total()).isZero();
	}

	@Test
	void locationFormatsAndLanguages() {
		Candidate mentor = mentor(List.of(), null, "Main Library", List.of("WALKING", "LUNCH"), List.of("German"));
		Candidate mentee = mentee(List.of(), null, null, "main library", List.of("LUNCH", "VIDEO", "PHONE"),
				List.of("Spanish"));
		assertThat(new Scoring(only(Criterion.LOCATION, CriterionWeight.of(2))).score(mentor, mentee, 0).total())
			.isEqualTo(20);
		// one of the smaller list of two formats is shared
		assertThat(new Scoring(only(Criterion.MEETING_FORMATS, CriterionWeight.of(4))).score(mentor, mentee, 0).total())
			.isEqualTo(20);
		assertThat(new Scoring(only(Criterion.LANGUAGES, CriterionWeight.of(4))).score(mentor, mentee, 0).total())
			.isZero();
	}

	@ParameterizedTest
	@CsvSource({ "1, 50", "2, 40", "5, 10", "0, 0", "6, 0" })
	void theMenteesRequestCountsByRank(int rank, int points) {
		Candidate mentor = mentor(List.of(), null, null, List.of(), List.of());
		Candidate mentee = mentee(List.of(), null, null, null, List.of(), List.of());
		assertThat(
				new Scoring(only(Criterion.MENTEE_REQUEST, CriterionWeight.of(5))).score(mentor, mentee, rank).total())
			.isEqualTo(points);
	}

	@Test
	void defaultsWeighEveryCriterionAndProposalsKeepTheirReasons() {
		MatchingSettings defaults = MatchingSettings.defaults();
		assertThat(defaults.weights()).hasSize(Criterion.values().length);
		assertThat(defaults.maxPairScore()).isEqualTo(260);
		PairScore score = new PairScore(70, false, new int[] { 40, 30, 0, 0, 0, 0 });
		Proposal proposal = Proposal.of(UUID.randomUUID(), UUID.randomUUID(), score, false);
		assertThat(proposal.reasons()).isEqualTo("EXPERTISE_OVERLAP=40;DEPARTMENT=30");
		assertThat(proposal.reasonList()).containsExactly(new Reason(Criterion.EXPERTISE_OVERLAP, 40),
				new Reason(Criterion.DEPARTMENT, 30));
		assertThat(proposal.points(Criterion.DEPARTMENT)).isEqualTo(30);
		assertThat(proposal.points(Criterion.LOCATION)).isZero();
	}

}
