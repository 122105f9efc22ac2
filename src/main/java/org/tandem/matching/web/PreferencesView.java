package org.tandem.matching.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;
import org.tandem.shared.web.FormErrors;

/**
 * The rankings page of a mentee (who ranks mentors) or a mentor (who may rank mentees):
 * the people to rank, the current choices (one per rank, {@code null} for none) and the
 * errors.
 */
public record PreferencesView(Program program, boolean mentee, List<RankOption> options, List<@Nullable UUID> choices,
		FormErrors errors) {

	public boolean chosen(int rank, UUID personId) {
		return rank < this.choices.size() && personId.equals(this.choices.get(rank));
	}

	/**
	 * Someone to rank, with what they bring (mentors) or look for (mentees).
	 */
	public record RankOption(UUID personId, String name, List<String> topics) {
	}

}
