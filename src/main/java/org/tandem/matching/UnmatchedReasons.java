package org.tandem.matching;

/**
 * Why each mentee of an optimal assignment stayed unmatched. A mentee with no allowed
 * mentor has none feasible. Otherwise they were left out by choice if an alternating path
 * leads from them to a mentor with a free place (the other mentees on the path move on to
 * another allowed mentor, nobody loses their place): then an assignment placing them too
 * exists, and only the objective (the highest total score) left them out. If no such path
 * exists, every place they could take is needed by mentees who have no other.
 */
final class UnmatchedReasons {

	private UnmatchedReasons() {
	}

	/**
	 * @param scores per mentee row and mentor, negative where the pair is not allowed
	 * @param capacities each mentor's places for these rows
	 * @param mentorOf the assignment: a mentor per row or -1
	 * @return a reason per row, {@code null} for the matched ones
	 */
	static UnmatchedReason[] of(int[][] scores, int[] capacities, int[] mentorOf) {
		int mentors = capacities.length;
		int[] left = capacities.clone();
		for (int mentor : mentorOf) {
			if (mentor >= 0) {
				left[mentor]--;
			}
		}
		boolean[] reachable = reachable(scores, mentorOf, left);
		UnmatchedReason[] reasons = new UnmatchedReason[scores.length];
		for (int row = 0; row < scores.length; row++) {
			if (mentorOf[row] >= 0) {
				continue;
			}
			boolean feasible = false;
			boolean path = false;
			for (int mentor = 0; mentor < mentors; mentor++) {
				if (scores[row][mentor] >= 0) {
					feasible = true;
					path |= reachable[mentor];
				}
			}
			reasons[row] = !feasible ? UnmatchedReason.NO_FEASIBLE_MENTOR
					: path ? UnmatchedReason.NOT_CHOSEN : UnmatchedReason.CAPACITY_EXHAUSTED;
		}
		return reasons;
	}

	/**
	 * The mentors that have a free place or can get one by moving their mentees along
	 * allowed pairs: a search backwards from the free places, in time rows times mentors.
	 */
	private static boolean[] reachable(int[][] scores, int[] mentorOf, int[] left) {
		int mentors = left.length;
		boolean[] reachable = new boolean[mentors];
		int[] queue = new int[mentors];
		int tail = 0;
		for (int mentor = 0; mentor < mentors; mentor++) {
			if (left[mentor] > 0) {
				reachable[mentor] = true;
				queue[tail++] = mentor;
			}
		}
		for (int head = 0; head < tail; head++) {
			int free = queue[head];
			for (int row = 0; row < scores.length; row++) {
				int current = mentorOf[row];
				if (current >= 0 && !reachable[current] && scores[row][free] >= 0) {
					reachable[current] = true;
					queue[tail++] = current;
				}
			}
		}
		return reachable;
	}

}
