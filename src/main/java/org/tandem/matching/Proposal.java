package org.tandem.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A pair a run proposes, with its score and the points per criterion, stored as
 * {@code CRITERION=points} separated by semicolons.
 */
@Table("matching_proposal")
public record Proposal(UUID mentorId, UUID menteeId, int score, boolean pinned, String reasons) {

	static Proposal of(UUID mentorId, UUID menteeId, PairScore score, boolean pinned) {
		StringBuilder text = new StringBuilder();
		for (Reason reason : score.reasons()) {
			text.append(text.isEmpty() ? "" : ";")
				.append(reason.criterion().name())
				.append('=')
				.append(reason.points());
		}
		return new Proposal(mentorId, menteeId, score.total(), pinned, text.toString());
	}

	public PersonPair pair() {
		return new PersonPair(this.mentorId, this.menteeId);
	}

	public List<Reason> reasonList() {
		List<Reason> list = new ArrayList<>();
		if (this.reasons.isEmpty()) {
			return list;
		}
		for (String part : this.reasons.split(";")) {
			int equals = part.indexOf('=');
			list.add(new Reason(Criterion.valueOf(part.substring(0, equals)),
					Integer.parseInt(part.substring(equals + 1))));
		}
		return list;
	}

	/**
	 * The points for one criterion, 0 if it earned none.
	 */
	public int points(Criterion criterion) {
		return reasonList().stream()
			.filter((reason) -> reason.criterion() == criterion)
			.mapToInt(Reason::points)
			.findFirst()
			.orElse(0);
	}

}
