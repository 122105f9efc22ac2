package org.tandem.health.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tandem.cadence.CadenceState;
import org.tandem.health.AtRisk;
import org.tandem.health.ProgramHealth;
import org.tandem.health.ProgramHealth.MonthCount;
import org.tandem.health.web.BarChart.Bar;
import org.tandem.pairing.CadenceWords;
import org.tandem.program.MeetingFormat;

/**
 * The health page's sections that are the same for every viewer of the same figures: the
 * charts, the pairs at risk and the feedback ({@code health/figures.jte}, rendered once
 * per computation of the figures by {@link FigureSections}).
 */
public record HealthFigures(ProgramHealth health) {

	/** The most at-risk pairs the page lists; the pairings overview has the rest. */
	public static final int MAX_AT_RISK = 200;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	/** The first {@link #MAX_AT_RISK} pairs at risk. */
	public List<AtRisk> atRiskShown() {
		List<AtRisk> all = this.health.atRisk();
		return all.subList(0, Math.min(MAX_AT_RISK, all.size()));
	}

	public String programPath() {
		return "/programs/" + this.health.program().id();
	}

	public String window() {
		return CadenceWords.day(this.health.window().from()) + " to " + CadenceWords.day(this.health.window().to());
	}

	public String average(double value) {
		return String.format(Locale.ENGLISH, "%.1f", value);
	}

	public BarChart states() {
		List<Bar> bars = new ArrayList<>();
		this.health.byState().forEach((state, count) -> bars.add(new Bar(state.label(), count)));
		long onTrack = this.health.byState().getOrDefault(CadenceState.ON_TRACK, 0L);
		long overdue = this.health.byState().getOrDefault(CadenceState.OVERDUE, 0L);
		String summary = count(this.health.pairings(), "pairing") + " in the period: " + onTrack + " on track, "
				+ overdue + " overdue. " + most(bars, "The largest group is") + ".";
		return new BarChart("states", "Pairs by cadence state", summary, "State", "Pairings", bars);
	}

	public BarChart months() {
		List<Bar> bars = new ArrayList<>();
		for (MonthCount month : this.health.months()) {
			bars.add(new Bar(MONTH.format(month.month()), month.held()));
		}
		String summary = count(this.health.meetingsHeld(), "meeting") + " held from " + window() + ". "
				+ (this.health.meetingsHeld() == 0 ? "No month has any yet."
						: most(bars, "The busiest month was") + ".");
		return new BarChart("months", "Meetings held per month", summary, "Month", "Meetings held", bars);
	}

	public BarChart formats() {
		List<Bar> bars = new ArrayList<>();
		for (Map.Entry<MeetingFormat, Long> format : this.health.formats().entrySet()) {
			bars.add(new Bar(format.getKey().label(), format.getValue()));
		}
		bars.sort(Comparator.comparingLong(Bar::value).reversed());
		String summary = (this.health.meetingsHeld() == 0) ? "No meeting was held in the period."
				: most(bars, "Of " + count(this.health.meetingsHeld(), "meeting") + " held, the most common format was")
						+ ".";
		return new BarChart("formats", "Meetings by format", summary, "Format", "Meetings held", bars);
	}

	private static String most(List<Bar> bars, String lead) {
		Bar most = bars.stream().max(Comparator.comparingLong(Bar::value)).orElse(new Bar("none", 0));
		return lead + " " + most.label() + " (" + most.value() + ")";
	}

	static String count(long n, String noun) {
		return n + " " + noun + ((n == 1) ? "" : "s");
	}

}
