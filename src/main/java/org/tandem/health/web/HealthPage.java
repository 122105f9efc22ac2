package org.tandem.health.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.Content;
import org.jspecify.annotations.Nullable;
import org.tandem.cadence.CadenceState;
import org.tandem.health.HealthPeriod;
import org.tandem.health.ProgramHealth;
import org.tandem.health.ProgramHealth.MonthCount;
import org.tandem.health.web.BarChart.Bar;
import org.tandem.pairing.CadenceWords;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;

/**
 * The health page: the figures, the charts drawn from them and the filter form.
 *
 * @param atRiskRows the table rows of the first {@link #MAX_AT_RISK} pairs at risk
 */
public record HealthPage(ProgramHealth health, HealthFilterForm form, FormValues values, FormErrors errors,
		Content atRiskRows) {

	/** The most at-risk pairs the page lists; the pairings overview has the rest. */
	public static final int MAX_AT_RISK = 200;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	/**
	 * When the figures were computed, as {@code HH:mm} in the viewer's zone (with the day
	 * if it is not today there, as right after midnight).
	 */
	public String asOf(ZoneId zone) {
		ZonedDateTime at = this.health.asOf().atZone(zone);
		String time = TIME.format(at);
		return at.toLocalDate().equals(LocalDate.now(zone)) ? time : CadenceWords.day(at.toLocalDate()) + " " + time;
	}

	public String base() {
		return "/programs/" + this.health.program().id() + "/health";
	}

	public List<HealthPeriod> periods() {
		return List.of(HealthPeriod.values());
	}

	public String window() {
		return CadenceWords.day(this.health.window().from()) + " to " + CadenceWords.day(this.health.window().to());
	}

	public @Nullable String median() {
		Double median = this.health.medianDaysToFirstContact();
		if (median == null) {
			return null;
		}
		String days = (median == Math.rint(median)) ? String.valueOf(median.longValue())
				: String.format(Locale.ENGLISH, "%.1f", median);
		return days + ("1".equals(days) ? " day" : " days");
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
