package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.pairing.NewPairing;
import org.tandem.person.PersonId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The "Pair a mentor and a mentee" form: the people chosen in the selects and an optional
 * start day (today when empty).
 */
public record PairForm(@NotNull(message = "Choose a mentor.") @Nullable PersonId mentorId,
		@NotNull(message = "Choose a mentee.") @Nullable PersonId menteeId,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startedOn) {

	static PairForm empty() {
		return new PairForm(null, null, null);
	}

	NewPairing request() {
		return new NewPairing(value(this.mentorId), value(this.menteeId), this.startedOn);
	}

	public boolean selected(String field, UUID id) {
		PersonId chosen = "mentorId".equals(field) ? this.mentorId : this.menteeId;
		return chosen != null && chosen.value().equals(id);
	}

	private static @Nullable UUID value(@Nullable PersonId id) {
		return (id != null) ? id.value() : null;
	}

}
