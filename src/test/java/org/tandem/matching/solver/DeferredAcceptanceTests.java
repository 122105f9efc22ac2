package org.tandem.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeferredAcceptanceTests {

	@Test
	void theResultIsStableAndFeasibleOnRandomInstances() {
		for (long seed = 1; seed <= 2000; seed++) {
			Prefs p = Prefs.random(seed, 30, 12);
			int[] mentorOf = DeferredAcceptance.menteeOptimal(p.mentees, p.mentors, p.capacities);
			String context = "seed " + seed + " " + p;
			assertFeasible(p, mentorOf, context);
			assertThat(DeferredAcceptance.blockingPairs(p.mentees, p.mentors, p.capacities, mentorOf)).as(context)
				.isEmpty();
			assertThat(blockingPairsByDefinition(p, mentorOf)).as(context).isEmpty();
		}
	}

	@Test
	void blockingPairsAgreesWithTheDefinitionOnRandomAssignments() {
		for (long seed = 1; seed <= 3000; seed++) {
			Prefs p = Prefs.random(seed, 12, 6);
			int[] mentorOf = randomFeasibleAssignment(p, new Random(seed * 31 + 7));
			String context = "seed " + seed + " " + p + " assignment " + Arrays.toString(mentorOf);
			assertThat(DeferredAcceptance.blockingPairs(p.mentees, p.mentors, p.capacities, mentorOf)).as(context)
				.containsExactlyInAnyOrderElementsOf(blockingPairsByDefinition(p, mentorOf));
		}
	}

	@Test
	void everyMenteeGetsTheBestMentorOfAnyStableAssignment() {
		for (long seed = 1; seed <= 1500; seed++) {
			Prefs p = Prefs.random(seed, 5, 3);
			int[] result = DeferredAcceptance.menteeOptimal(p.mentees, p.mentors, p.capacities);
			List<int[]> stable = new ArrayList<>();
			allAssignments(p, 0, new int[p.mentees.length], new int[p.capacities.length], stable);
			String context = "seed " + seed + " " + p;
			assertThat(stable).as(context).anySatisfy(s -> assertThat(s).containsExactly(result));
			for (int[] other : stable) {
				for (int i = 0; i < result.length; i++) {
					assertThat(rank(p.mentees[i], result[i])).as(context + " mentee " + i)
						.isLessThanOrEqualTo(rank(p.mentees[i], other[i]));
				}
			}
		}
	}

	@Test
	void findsAPlantedBlockingPair() {
		// both mentees prefer mentor 0, who prefers mentee 1; giving mentor 0 to mentee 0
		// is unstable
		int[][] mentees = { { 0, 1 }, { 0, 1 } };
		int[][] mentors = { { 1, 0 }, { 0, 1 } };
		int[] capacities = { 1, 1 };
		assertThat(DeferredAcceptance.blockingPairs(mentees, mentors, capacities, new int[] { 0, 1 }))
			.containsExactly(new int[] { 1, 0 });
		assertThat(DeferredAcceptance.menteeOptimal(mentees, mentors, capacities)).containsExactly(1, 0);
		assertThat(DeferredAcceptance.blockingPairs(mentees, mentors, capacities, new int[] { 1, 0 })).isEmpty();
	}

	@Test
	void anUnmatchedMenteeBlocksWithAMentorWhoHasRoom() {
		int[][] mentees = { { 0 }, { 0 } };
		int[][] mentors = { { 0, 1 } };
		assertThat(DeferredAcceptance.blockingPairs(mentees, mentors, new int[] { 2 }, new int[] { 0, -1 }))
			.containsExactly(new int[] { 1, 0 });
		assertThat(DeferredAcceptance.menteeOptimal(mentees, mentors, new int[] { 2 })).containsExactly(0, 0);
	}

	@Test
	void unacceptableOnEitherSideAndCapacityZeroNeverPair() {
		int[][] mentees = { { 0, 1 }, { 1 } };
		int[][] mentors = { { 1 }, { 0, 1 } };
		assertThat(DeferredAcceptance.menteeOptimal(mentees, mentors, new int[] { 1, 0 })).containsExactly(-1, -1);
		assertThat(DeferredAcceptance.menteeOptimal(new int[0][], new int[0][], new int[0])).isEmpty();
	}

	@Test
	void rejectsUnknownIndicesAndOverfullMentors() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> DeferredAcceptance.menteeOptimal(new int[][] { { 3 } }, new int[][] { {} }, new int[] { 1 }));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DeferredAcceptance.blockingPairs(new int[][] { { 0 }, { 0 } }, new int[][] { { 0, 1 } },
					new int[] { 1 }, new int[] { 0, 0 }))
			.withMessageContaining("more mentees than places");
	}

	private static void assertFeasible(Prefs p, int[] mentorOf, String context) {
		int[] load = new int[p.capacities.length];
		for (int i = 0; i < mentorOf.length; i++) {
			int j = mentorOf[i];
			if (j >= 0) {
				load[j]++;
				assertThat(p.mentees[i]).as(context).contains(j);
				assertThat(p.mentors[j]).as(context).contains(i);
			}
		}
		for (int j = 0; j < load.length; j++) {
			assertThat(load[j]).as(context).isLessThanOrEqualTo(p.capacities[j]);
		}
	}

	/**
	 * Every individually rational, capacity-respecting assignment that has no blocking
	 * pair.
	 */
	private static void allAssignments(Prefs p, int i, int[] current, int[] load, List<int[]> stable) {
		if (i == current.length) {
			if (DeferredAcceptance.blockingPairs(p.mentees, p.mentors, p.capacities, current).isEmpty()) {
				stable.add(current.clone());
			}
			return;
		}
		current[i] = -1;
		allAssignments(p, i + 1, current, load, stable);
		for (int j : p.mentees[i]) {
			if (load[j] < p.capacities[j] && contains(p.mentors[j], i)) {
				load[j]++;
				current[i] = j;
				allAssignments(p, i + 1, current, load, stable);
				load[j]--;
			}
		}
	}

	/**
	 * The textbook definition, written independently of the production code: mentee
	 * {@code i} and mentor {@code j} accept each other, {@code i} is unmatched or prefers
	 * {@code j} to their mentor, and {@code j} has a free place or prefers {@code i} to
	 * one of the mentees it has.
	 */
	private static List<int[]> blockingPairsByDefinition(Prefs p, int[] mentorOf) {
		List<int[]> blocking = new ArrayList<>();
		for (int i = 0; i < mentorOf.length; i++) {
			for (int j = 0; j < p.capacities.length; j++) {
				if (mentorOf[i] == j || !contains(p.mentees[i], j) || !contains(p.mentors[j], i)) {
					continue;
				}
				boolean menteeWants = mentorOf[i] < 0 || rank(p.mentees[i], j) < rank(p.mentees[i], mentorOf[i]);
				int taken = 0;
				boolean mentorPrefersIToSomeone = false;
				for (int other = 0; other < mentorOf.length; other++) {
					if (mentorOf[other] == j) {
						taken++;
						mentorPrefersIToSomeone |= rank(p.mentors[j], i) < rank(p.mentors[j], other);
					}
				}
				if (menteeWants && (taken < p.capacities[j] || mentorPrefersIToSomeone)) {
					blocking.add(new int[] { i, j });
				}
			}
		}
		return blocking;
	}

	/**
	 * Each mentee in turn takes a random mutually acceptable mentor with room, or none.
	 */
	private static int[] randomFeasibleAssignment(Prefs p, Random random) {
		int[] mentorOf = new int[p.mentees.length];
		int[] load = new int[p.capacities.length];
		for (int i = 0; i < mentorOf.length; i++) {
			List<Integer> options = new ArrayList<>();
			for (int j : p.mentees[i]) {
				if (load[j] < p.capacities[j] && contains(p.mentors[j], i)) {
					options.add(j);
				}
			}
			mentorOf[i] = (options.isEmpty() || random.nextInt(4) == 0) ? -1
					: options.get(random.nextInt(options.size()));
			if (mentorOf[i] >= 0) {
				load[mentorOf[i]]++;
			}
		}
		return mentorOf;
	}

	private static int rank(int[] list, int mentor) {
		for (int r = 0; r < list.length; r++) {
			if (list[r] == mentor) {
				return r;
			}
		}
		return Integer.MAX_VALUE;
	}

	private static boolean contains(int[] list, int value) {
		return rank(list, value) != Integer.MAX_VALUE;
	}

	/** Random partial rankings on both sides. */
	record Prefs(int[][] mentees, int[][] mentors, int[] capacities) {

		static Prefs random(long seed, int maxMentees, int maxMentors) {
			Random random = new Random(seed);
			int m = random.nextInt(maxMentees + 1);
			int n = random.nextInt(maxMentors + 1);
			int[] capacities = new int[n];
			int[][] mentors = new int[n][];
			for (int j = 0; j < n; j++) {
				capacities[j] = random.nextInt(4);
				mentors[j] = ranking(random, m);
			}
			int[][] mentees = new int[m][];
			for (int i = 0; i < m; i++) {
				mentees[i] = ranking(random, n);
			}
			return new Prefs(mentees, mentors, capacities);
		}

		/** A random order of a random subset of {@code 0..size-1}. */
		private static int[] ranking(Random random, int size) {
			List<Integer> all = new ArrayList<>();
			for (int k = 0; k < size; k++) {
				all.add(k);
			}
			java.util.Collections.shuffle(all, random);
			int length = size == 0 ? 0 : random.nextInt(size + 1);
			return all.subList(0, length).stream().mapToInt(Integer::intValue).toArray();
		}

		@Override
		public String toString() {
			return "mentees=" + Arrays.deepToString(mentees) + " mentors=" + Arrays.deepToString(mentors)
					+ " capacities=" + Arrays.toString(capacities);
		}

	}

}
