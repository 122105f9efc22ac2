package org.tandem.pairing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The "Pair a mentor and a mentee" form as typed: person ids from the selects and an
 * optional start day.
 */
public record PairForm(String mentorId, String menteeId, String startedOn) {

	public PairForm {
		mentorId = (mentorId == null) ? "" : mentorId.strip();
		menteeId = (menteeId == null) ? "" : menteeId.strip();
		startedOn = (startedOn == null) ? "" : startedOn.strip();
	}

	static PairForm empty() {
		return new PairForm("", "", "");
	}

	/**
	 * The request, or {@code null} when a field cannot be read (its problem is added).
	 */
	@Nullable NewPairing request(List<FieldError> problems) {
		UUID mentor = id(this.mentorId, "mentorId", "Choose a mentor.", problems);
		UUID mentee = id(this.menteeId, "menteeId", "Choose a mentee.", problems);
		LocalDate started = null;
		if (!this.startedOn.isEmpty()) {
			try {
				started = LocalDate.parse(this.startedOn);
			}
			catch (DateTimeParseException ex) {
				problems.add(new FieldError("startedOn", "Enter the start day as a date like 2026-09-01."));
			}
		}
		return problems.isEmpty() ? new NewPairing(mentor, mentee, started) : null;
	}

	private static @Nullable UUID id(String text, String field, String missing, List<FieldError> problems) {
		if (text.isEmpty()) {
			problems.add(new FieldError(field, missing));
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldError(field,
					"mentorId".equals(field) ? "Choose a mentor from the list." : "Choose a mentee from the list."));
			return null;
		}
	}

	public boolean selected(String field, UUID id) {
		return ("mentorId".equals(field) ? this.mentorId : this.menteeId).equals(id.toString());
	}

}
