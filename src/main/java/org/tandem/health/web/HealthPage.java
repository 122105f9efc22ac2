package org.tandem.health.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import gg.jte.Content;
import org.jspecify.annotations.Nullable;
import org.tandem.health.HealthPeriod;
import org.tandem.health.ProgramHealth;
import org.tandem.pairing.CadenceWords;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;

/**
 * The health page: the filter form, the figures in short, and the sections that are the
 * same for every viewer of these figures.
 *
 * @param figures the charts, the pairs at risk and the feedback, already rendered
 * ({@link FigureSections})
 */
public record HealthPage(ProgramHealth health, HealthFilterForm form, FormValues values, FormErrors errors,
		Content figures) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

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
		return new HealthFigures(this.health).window();
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

}
