package org.tandem.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.Program;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The rules a new pairing's input must follow, before anything is counted.
 */
final class PairingRules {

	private PairingRules() {
	}

	/**
	 * The earliest day a pairing of this program may have started: a year before the term
	 * starts (pairs that began before Tandem), but never later than today, so that a pair
	 * can always start today.
	 */
	static LocalDate earliestStart(Program program, LocalDate today) {
		LocalDate yearBefore = program.startsOn().minusYears(1);
		return yearBefore.isAfter(today) ? today : yearBefore;
	}

	static List<FieldError> inputProblems(NewPairing request, Program program, LocalDate today) {
		List<FieldError> problems = new ArrayList<>();
		if (request.mentorId() == null) {
			problems.add(new FieldError("mentorId", "must not be null"));
		}
		if (request.menteeId() == null) {
			problems.add(new FieldError("menteeId", "must not be null"));
		}
		else if (request.menteeId().equals(request.mentorId())) {
			problems.add(new FieldError("menteeId",
					"must be someone other than the mentor: a person is never paired with themself"));
		}
		LocalDate startedOn = request.startedOn();
		if (startedOn != null && startedOn.isAfter(today)) {
			problems.add(new FieldError("startedOn", "must not be in the future"));
		}
		else if (startedOn != null && startedOn.isBefore(earliestStart(program, today))) {
			problems.add(new FieldError("startedOn",
					"must not be before " + earliestStart(program, today) + ", a year before the program's term"));
		}
		return problems;
	}

	static @Nullable FieldError participantProblem(@Nullable Participant participant, String field, String role) {
		if (participant == null || participant.status() != ParticipantStatus.ACTIVE) {
			return new FieldError(field, "must be an active " + role + " of the program");
		}
		return null;
	}

	/**
	 * The reason for closing, stripped.
	 * @throws InvalidInputException if it is blank, too long or holds control characters
	 */
	static String validReason(@Nullable String reason) {
		FieldError problem = reasonProblem(reason);
		if (problem != null || reason == null) {
			throw new InvalidInputException(List.of(problem));
		}
		return reason.strip();
	}

	private static @Nullable FieldError reasonProblem(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			return new FieldError("reason", "must not be blank");
		}
		if (reason.strip().length() > Pairing.MAX_REASON_LENGTH) {
			return new FieldError("reason", "must be at most " + Pairing.MAX_REASON_LENGTH + " characters");
		}
		if (reason.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			return new FieldError("reason", "must not contain control characters");
		}
		return null;
	}

}
