package org.tandem.cadence.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Absence;

/**
 * An absence as the JSON API shows it: {@code { "id", "personId", "from", "to", "note"?
 * }}; the note only for the person themself.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Absence")
record AbsenceJson(String id, String personId, LocalDate from, LocalDate to,
		@Schema(description = "Shown only to the person themself") @Nullable String note) {

	@Override
	public String toString() {
		// keeps the confidential note out of logs
		return "AbsenceJson[id=" + this.id + ", personId=" + this.personId + ", from=" + this.from + ", to=" + this.to
				+ "]";
	}

	static AbsenceJson of(Absence absence, boolean withNote) {
		return new AbsenceJson(absence.id().toString(), absence.personId().toString(), absence.from(), absence.to(),
				withNote ? absence.note() : null);
	}

	/**
	 * {@code POST /people/{id}/absences}: both days included.
	 */
	@Schema(name = "AbsenceRequest")
	record Announce(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate from,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable LocalDate to,
			@Schema(description = "Private: at most 500 characters, shown only to the person") @Nullable String note) {

		@Override
		public String toString() {
			// keeps the confidential note out of logs
			return "Announce[from=" + this.from + ", to=" + this.to + "]";
		}

	}

}
