package org.tandem.goal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;

/**
 * A goal of one member of a pair: a career goal of the mentee or a learning goal of the
 * mentor. Title, description and milestones are the pair's confidential texts; a text
 * whose ciphertext is not authentic for its row reads as {@code null} (the title) or as
 * no milestones.
 *
 * @param ownerId the member whose goal it is
 * @param progress how far along the pair judges it, 0 to 100
 * @param version raised by every change, so a page can tell that a goal changed since it
 * was shown
 */
public record Goal(GoalId id, PairingId pairingId, UUID ownerId, @Nullable String title, @Nullable String description,
		@Nullable LocalDate targetOn, int progress, GoalStatus status, List<Milestone> milestones, int version,
		UUID createdBy, Instant createdAt, Instant updatedAt) {

	public Goal {
		milestones = List.copyOf(milestones);
	}

	@Override
	public String toString() {
		// keeps the pair's texts out of logs
		return "Goal[id=" + this.id + ", pairingId=" + this.pairingId + ", ownerId=" + this.ownerId + ", status="
				+ this.status + ", progress=" + this.progress + "]";
	}

	public long milestonesDone() {
		return this.milestones.stream().filter(Milestone::done).count();
	}

	public int milestonesTotal() {
		return this.milestones.size();
	}

	Goal changed(@Nullable String title, @Nullable String description, @Nullable LocalDate targetOn, int progress,
			GoalStatus status, List<Milestone> milestones, Instant now) {
		return new Goal(this.id, this.pairingId, this.ownerId, title, description, targetOn, progress, status,
				milestones, this.version + 1, this.createdBy, this.createdAt, now);
	}

}
