package org.tandem.health.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.health.ProgramHealth;

/**
 * {@code GET /api/v1/programs/{id}/health}: the whole program's figures, metadata only.
 *
 * @param byCadenceState pairings (active and closed) by cadence state today, every state
 * present
 * @param medianDaysToFirstContact {@code null} while no pairing has had a first contact
 * @param meetingsByMonth meetings held per month of the term, every month present
 * @param formats meetings held in the term per format, every format present
 * @param openConcerns concerns the committee has not closed
 * @param pulse the average usefulness of meetings, {@code null} below 5 responses
 */
public record HealthJson(long activePairings, Map<String, Long> byCadenceState,
		@Nullable Double medianDaysToFirstContact, List<Month> meetingsByMonth, Map<String, Long> formats,
		long goalsCompleted, long activitiesCompleted, long openConcerns, @Nullable Pulse pulse) {

	static HealthJson of(ProgramHealth health) {
		Map<String, Long> states = new LinkedHashMap<>();
		health.byState().forEach((state, count) -> states.put(state.name(), count));
		Map<String, Long> formats = new LinkedHashMap<>();
		health.formats().forEach((format, count) -> formats.put(format.name(), count));
		List<Month> months = health.months()
			.stream()
			.map((month) -> new Month(month.month().toString(), month.held()))
			.toList();
		Pulse pulse = health.feedback()
			.pulse()
			.map((summary) -> new Pulse(summary.responses(), summary.average()))
			.orElse(null);
		return new HealthJson(health.activePairings(), states, health.medianDaysToFirstContact(), months, formats,
				health.goalsAchieved(), health.activitiesCompleted(), health.openConcerns(), pulse);
	}

	/** Meetings held in a month, {@code YYYY-MM}. */
	public record Month(String month, long held) {

	}

	/** The average usefulness (1 to 5) of meetings, over {@code responses} pulses. */
	public record Pulse(long responses, double average) {

	}

}
