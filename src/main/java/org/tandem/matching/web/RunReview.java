package org.tandem.matching.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.Criterion;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.Proposal;
import org.tandem.matching.RunMode;
import org.tandem.matching.RunStatus;
import org.tandem.matching.RunSummary;
import org.tandem.matching.solver.Objective;
import org.tandem.shared.TimeZones;

/**
 * What the review page of a run shows: the run, everyone's name, the program's latest
 * runs for comparison, and which pairs are weak.
 *
 * @param error a message from the last what-if that could not run, or {@code null}
 */
public record RunReview(MatchingRun run, String programName, Map<UUID, String> names, List<RunSummary> runs,
		@Nullable String error) {

	/**
	 * A pair scoring below this share of the most points a pair can earn is flagged.
	 */
	public static final double WEAK_SHARE = 0.4;

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

	public String name(UUID personId) {
		return this.names.getOrDefault(personId, "Unknown person");
	}

	public boolean weak(Proposal proposal) {
		return proposal.score() < WEAK_SHARE * this.run.maxPairScore();
	}

	public long weakCount() {
		return this.run.proposals().stream().filter(this::weak).count();
	}

	public int weakBelow() {
		return (int) Math.ceil(WEAK_SHARE * this.run.maxPairScore());
	}

	public List<Criterion> criteria() {
		return List.of(Criterion.values());
	}

	/**
	 * How the run paired: the mode, and for an optimal run its objective.
	 */
	public String modeDescription() {
		if (this.run.mode() == RunMode.PREFERENCES) {
			return "Preferences: a mentee-optimal stable assignment";
		}
		return (this.run.objective() == Objective.HIGHEST_SCORE) ? "Optimal: the highest total score"
				: "Optimal: most mentees matched, then the highest total score";
	}

	public boolean draft() {
		return this.run.status() == RunStatus.DRAFT;
	}

	/**
	 * The program's run created just before this one, if it is among the latest.
	 */
	public @Nullable RunSummary previous() {
		for (int i = 0; i < this.runs.size() - 1; i++) {
			if (this.runs.get(i).id().equals(this.run.id())) {
				return this.runs.get(i + 1);
			}
		}
		return null;
	}

	/**
	 * This run's total score minus the other's, signed: "+5", "-3", "±0".
	 */
	public String difference(RunSummary other) {
		return signed(this.run.totalScore() - other.totalScore());
	}

	/**
	 * This run's matched mentees minus the other's, signed.
	 */
	public String matchedDifference(RunSummary other) {
		return signed(this.run.proposals().size() - other.matched());
	}

	/**
	 * When the other run started, to the second, in the viewer's zone.
	 */
	public String started(RunSummary other, ZoneId zone) {
		return TimeZones.format(other.createdAt(), zone, STARTED);
	}

	public int matched() {
		return this.run.proposals().size();
	}

	private static String signed(int delta) {
		return (delta > 0) ? "+" + delta : (delta == 0) ? "±0" : String.valueOf(delta);
	}

	public boolean pinned(Proposal proposal) {
		return proposal.pinned();
	}

}
