package org.tandem.goal;

/**
 * How many goals of a pairing are open, achieved and dropped: all the committee learns of
 * a pair's goals. It has no field for any text, so none can reach the committee by
 * accident.
 */
public record GoalCounts(long open, long achieved, long dropped) {

	public static final GoalCounts NONE = new GoalCounts(0, 0, 0);

	public long total() {
		return this.open + this.achieved + this.dropped;
	}

	GoalCounts plus(GoalStatus status, long count) {
		return switch (status) {
			case OPEN -> new GoalCounts(this.open + count, this.achieved, this.dropped);
			case ACHIEVED -> new GoalCounts(this.open, this.achieved + count, this.dropped);
			case DROPPED -> new GoalCounts(this.open, this.achieved, this.dropped + count);
		};
	}

}
