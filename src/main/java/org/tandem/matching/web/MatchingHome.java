package org.tandem.matching.web;

import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.Criterion;
import org.tandem.matching.CriterionWeight;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.RunSummary;
import org.tandem.program.Program;
import org.tandem.shared.TimeZones;

/**
 * The committee's matching page of a program: its settings, its latest runs, and the
 * message of a run that could not start.
 */
public record MatchingHome(Program program, MatchingSettings settings, List<RunSummary> runs, @Nullable String error) {

	public String objective() {
		return ObjectiveLabels.of(this.settings.objective());
	}

	/**
	 * Each criterion's weight, "Expertise: 8, Department: required, ...".
	 */
	public String criteria() {
		StringBuilder text = new StringBuilder();
		for (Criterion criterion : Criterion.values()) {
			CriterionWeight weight = this.settings.weight(criterion);
			text.append(text.isEmpty() ? "" : ", ")
				.append(criterion.label())
				.append(": ")
				.append(weight.required() ? "required" : String.valueOf(weight.weight()));
		}
		return text.toString();
	}

	/**
	 * When the run started, to the minute, in the viewer's zone.
	 */
	public String started(RunSummary run, ZoneId zone) {
		return TimeZones.dateTime(run.createdAt(), zone);
	}

}
