package org.tandem.pairing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;

/**
 * The cadence in words, and what to do next, as the pages say it.
 */
public final class CadenceWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private CadenceWords() {
	}

	public static String day(@Nullable LocalDate day) {
		return (day == null) ? "" : DAY.format(day);
	}

	/**
	 * The last day on which contact is in time: the day before the overdue day.
	 */
	public static @Nullable LocalDate deadline(Cadence cadence) {
		return (cadence.overdueOn() == null) ? null : cadence.overdueOn().minusDays(1);
	}

	public static String state(Cadence cadence, LocalDate today) {
		return switch (cadence.state()) {
			case AWAITING_FIRST_CONTACT -> cadence.firstContactLate(today)
					? "Waiting for the first contact, late since " + day(cadence.overdueOn())
					: "Waiting for the first contact";
			case ON_TRACK -> "On track";
			case DUE -> "Due: get in touch by " + day(deadline(cadence));
			case OVERDUE -> "Overdue since " + day(cadence.overdueOn());
			case PAUSED -> "Paused";
			case CLOSED -> "Closed";
		};
	}

	/**
	 * What the viewer, a member of the pair, should do next; {@code null} for a closed
	 * pairing.
	 */
	public static @Nullable String nextStep(Cadence cadence, boolean mentor, String partner) {
		String by = day(deadline(cadence));
		return switch (cadence.state()) {
			case AWAITING_FIRST_CONTACT -> mentor ? "Introduce yourself to " + partner + " by " + by + "."
					: partner + " will get in touch by " + by + ". You are welcome to say hello first.";
			case ON_TRACK -> "Your next contact with " + partner + " is due from " + day(cadence.dueOn()) + ".";
			case DUE -> "Get in touch with " + partner + " by " + by + ".";
			case OVERDUE ->
				"Get in touch with " + partner + " soon: contact has been due since " + day(cadence.dueOn()) + ".";
			case PAUSED -> "Nothing for now: the rhythm is paused while one of you is away.";
			case CLOSED -> null;
		};
	}

	public static String cssClass(CadenceState state) {
		return "status-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
