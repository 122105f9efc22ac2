package org.tandem.matching.solver;

/**
 * The result of {@link AssignmentSolver#solve}.
 *
 * @param objective the sum of the scores of the matched pairs
 * @param matched how many mentees have a mentor
 * @param mentorOf the mentor index for each mentee, or -1 when the mentee stays unmatched
 */
public record Assignment(long objective, int matched, int[] mentorOf) {
}
