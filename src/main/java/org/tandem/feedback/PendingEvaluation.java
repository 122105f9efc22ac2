package org.tandem.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.tandem.pairing.Pairing;

/**
 * An evaluation due for a pairing that some of its members have not answered, for a
 * reminder: who, which kind, since when. Carries no answer.
 *
 * @param people the members (mentor, mentee) who have not answered
 */
public record PendingEvaluation(Pairing pairing, EvaluationKind kind, LocalDate dueOn, List<UUID> people) {

}
