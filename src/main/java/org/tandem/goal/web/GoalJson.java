package org.tandem.goal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalChange;
import org.tandem.goal.GoalComment;
import org.tandem.goal.GoalStatus;
import org.tandem.goal.Milestone;
import org.tandem.goal.NewGoal;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A goal as the pair reads it, texts included. Only the pair ever gets one.
 */
record GoalJson(UUID id, UUID pairingId, UUID ownerId, @Nullable String title, @Nullable String description,
		@Nullable LocalDate targetOn, int progress, GoalStatus status, List<MilestoneJson> milestones,
		Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the pair's texts out of logs
		return "GoalJson[id=" + this.id + ", pairingId=" + this.pairingId + ", status=" + this.status + "]";
	}

	static GoalJson of(Goal goal) {
		return new GoalJson(goal.id().value(), goal.pairingId().value(), goal.ownerId(), goal.title(),
				goal.description(), goal.targetOn(), goal.progress(), goal.status(),
				goal.milestones().stream().map(MilestoneJson::of).toList(), goal.createdAt(), goal.updatedAt());
	}

	/**
	 * A milestone: a step towards the goal and whether it is done ({@code done} defaults
	 * to false in a request).
	 */
	record MilestoneJson(@Nullable String title, @Nullable Boolean done) {

		@Override
		public String toString() {
			return "MilestoneJson[done=" + this.done + "]";
		}

		static MilestoneJson of(Milestone milestone) {
			return new MilestoneJson(milestone.title(), milestone.done());
		}

		GoalChange.MilestoneInput toInput() {
			return new GoalChange.MilestoneInput(this.title, this.done);
		}

	}

	/**
	 * The body of {@code POST /pairings/{id}/goals}.
	 */
	record Create(@Nullable String title, @Nullable String description, @Nullable LocalDate targetOn,
			@Schema(description = "the mentor or the mentee; the caller when left out") @Nullable UUID ownerId) {

		@Override
		public String toString() {
			// keeps the pair's texts out of logs
			return "GoalJson.Create[targetOn=" + this.targetOn + ", ownerId=" + this.ownerId + "]";
		}

		NewGoal toNewGoal() {
			return new NewGoal(this.title, this.description, this.targetOn, this.ownerId, List.of());
		}

	}

	/**
	 * The body of {@code PATCH /goals/{id}}. {@code targetOn} is optional in two ways:
	 * left out it stays, {@code null} removes it.
	 */
	record Change(@Nullable String title, @Nullable String description,
			@Schema(implementation = LocalDate.class, nullable = true,
					description = "a new target date; null removes it, left out it stays") @JsonDeserialize(
							using = TargetDate.Reader.class) @Nullable TargetDate targetOn,
			@Nullable Integer progress, @Schema(description = "OPEN, ACHIEVED or DROPPED") @Nullable String status,
			@Schema(description = "replaces the whole list") @Nullable List<@Nullable MilestoneJson> milestones) {

		@Override
		public String toString() {
			// keeps the pair's texts out of logs
			return "GoalJson.Change[progress=" + this.progress + ", status=" + this.status + "]";
		}

		GoalChange toChange() {
			List<GoalChange.@Nullable MilestoneInput> inputs = (this.milestones != null) ? this.milestones.stream()
				.map((milestone) -> (milestone != null) ? milestone.toInput() : null)
				.toList() : null;
			return new GoalChange(this.title, this.description, (this.targetOn != null) ? this.targetOn.value() : null,
					this.targetOn != null && this.targetOn.value() == null, this.progress, this.status, inputs, null);
		}

	}

	/**
	 * A target date given in a change: a date, or none (JSON {@code null}) to remove it.
	 * A field left out is no {@code TargetDate} at all, which a plain {@code LocalDate}
	 * or {@code Optional} cannot tell from {@code null}.
	 */
	record TargetDate(@Nullable LocalDate value) {

		static final class Reader extends ValueDeserializer<TargetDate> {

			@Override
			public TargetDate deserialize(JsonParser parser, DeserializationContext context) {
				return new TargetDate(context.readValue(parser, LocalDate.class));
			}

			@Override
			public Object getNullValue(DeserializationContext context) {
				return new TargetDate(null);
			}

			@Override
			public @Nullable Object getAbsentValue(DeserializationContext context) {
				return null;
			}

		}

	}

	/**
	 * A comment on a goal.
	 */
	record CommentJson(UUID id, UUID goalId, UUID authorId, @Nullable String body, Instant createdAt) {

		@Override
		public String toString() {
			// keeps the pair's text out of logs
			return "GoalJson.CommentJson[id=" + this.id + ", goalId=" + this.goalId + "]";
		}

		static CommentJson of(GoalComment comment) {
			return new CommentJson(comment.id(), comment.goalId().value(), comment.authorId(), comment.body(),
					comment.createdAt());
		}

	}

	/**
	 * The body of {@code POST /goals/{id}/comments}.
	 */
	record NewComment(@Nullable String body) {

		@Override
		public String toString() {
			return "GoalJson.NewComment[]";
		}

	}

}
