package org.tandem.health;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.CadenceState;
import org.tandem.feedback.ProgramFeedback;
import org.tandem.health.HealthFilter.Window;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Program;

/**
 * A program's health for one filter, from metadata alone.
 *
 * @param departments every department of the program's mentors and mentees, sorted, for
 * the filter
 * @param pairings the pairings in the scope (active or closed)
 * @param activePairings the active ones among them
 * @param byState the pairings in the scope by cadence state today, every state present
 * @param medianDaysToFirstContact over the pairings in the scope that started in the
 * window and have had a first contact; {@code null} if none has
 * @param months meetings held per month of the window, every month present
 * @param formats meetings held in the window per format, every format present
 * @param atRisk the active pairs at risk, most reasons first, then by mentor's name
 * @param feedback the program's feedback aggregates (whole program: the filters do not
 * narrow them, so that no filter can single out a few people's answers)
 * @param asOf when the figures were computed (they may be cached for a short time)
 */
public record ProgramHealth(Program program, HealthFilter filter, Window window, List<String> departments,
		long pairings, long activePairings, Map<CadenceState, Long> byState, @Nullable Double medianDaysToFirstContact,
		List<MonthCount> months, Map<MeetingFormat, Long> formats, long goalsAchieved, long goalsSet,
		long activitiesCompleted, long openConcerns, List<AtRisk> atRisk, ProgramFeedback feedback, Instant asOf) {

	/**
	 * The same figures with the program as just read (its name may have changed): these
	 * very figures if its settings are the same, so that a view can keep what it rendered
	 * from them ({@code FigureSections}).
	 */
	ProgramHealth with(Program current) {
		if (current.id().equals(this.program.id()) && current.settings().equals(this.program.settings())) {
			return this;
		}
		return new ProgramHealth(current, this.filter, this.window, this.departments, this.pairings,
				this.activePairings, this.byState, this.medianDaysToFirstContact, this.months, this.formats,
				this.goalsAchieved, this.goalsSet, this.activitiesCompleted, this.openConcerns, this.atRisk,
				this.feedback, this.asOf);
	}

	public long meetingsHeld() {
		return this.months.stream().mapToLong(MonthCount::held).sum();
	}

	/** Meetings held in one month. */
	public record MonthCount(YearMonth month, long held) {

	}

}
