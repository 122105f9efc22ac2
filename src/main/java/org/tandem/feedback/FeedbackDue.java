package org.tandem.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which feedback is owed: for a member's workspace, and for the reminders of evaluations
 * due. Knows dates and who answered, never what anyone wrote.
 */
@Service
public class FeedbackDue {

	/** The most held meetings {@link #todo} lists as awaiting a pulse. */
	public static final int AWAITING_MAX = 5;

	private final Pairings pairings;

	private final Programs programs;

	private final PulseRepository pulses;

	private final EvaluationRepository evaluations;

	private final Clock clock;

	FeedbackDue(Pairings pairings, Programs programs, PulseRepository pulses, EvaluationRepository evaluations,
			Clock clock) {
		this.pairings = pairings;
		this.programs = programs;
		this.pulses = pulses;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/**
	 * What the caller still owes the pairing: empty for a viewer who is not one of the
	 * pair (the committee), and for a closed pairing, which takes no more feedback. Read
	 * with the page's other reads when first asked for.
	 * @throws NotFoundException if the caller may not see the pairing
	 */
	public Supplier<FeedbackTodo> todo(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.visible(id, me);
		if (!pairing.hasMember(me.personId()) || pairing.closed()) {
			return () -> FeedbackTodo.none(id);
		}
		// one statement for the pulses and evaluations; the program is the page's already
		Supplier<PulseRepository.Owed> owed = this.pulses.owed(id, me.personId(), AWAITING_MAX, this.clock.getZone());
		return () -> todo(pairing, owed.get());
	}

	private FeedbackTodo todo(Pairing pairing, PulseRepository.Owed owed) {
		PairingId id = pairing.id();
		List<FeedbackTodo.DueEvaluation> due = new ArrayList<>();
		Program program = this.programs.find(pairing.programId()).orElse(null);
		if (program != null) {
			EvaluationTerm term = new EvaluationTerm(program.startsOn(), program.endsOn());
			for (EvaluationKind kind : term.dueKinds(pairing.startedOn(), LocalDate.now(this.clock))) {
				if (!owed.answered().contains(kind)) {
					due.add(new FeedbackTodo.DueEvaluation(kind, term.dueOn(kind, pairing.startedOn())));
				}
			}
		}
		return new FeedbackTodo(id, true, owed.awaiting(), due);
	}

	/**
	 * The evaluations due on {@code today} for these pairings that some member has not
	 * answered, in a query for the programs and one for the answers, however many
	 * pairings.
	 */
	@Transactional(readOnly = true)
	public List<PendingEvaluation> pending(Collection<Pairing> pairings, LocalDate today) {
		List<Pairing> active = pairings.stream().filter((pairing) -> !pairing.closed()).toList();
		if (active.isEmpty()) {
			return List.of();
		}
		Map<ProgramId, Program> programs = this.programs
			.findAll(active.stream().map(Pairing::programId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Program::id, Function.identity()));
		Set<String> answered = this.evaluations.answered(active.stream().map(Pairing::id).toList());
		List<PendingEvaluation> pending = new ArrayList<>();
		for (Pairing pairing : active) {
			Program program = programs.get(pairing.programId());
			if (program == null) {
				continue;
			}
			EvaluationTerm term = new EvaluationTerm(program.startsOn(), program.endsOn());
			for (EvaluationKind kind : term.dueKinds(pairing.startedOn(), today)) {
				List<UUID> people = new ArrayList<>();
				for (UUID person : List.of(pairing.mentorId(), pairing.menteeId())) {
					if (!answered.contains(EvaluationRepository.key(pairing.id(), person, kind))) {
						people.add(person);
					}
				}
				if (!people.isEmpty()) {
					pending.add(new PendingEvaluation(pairing, kind, term.dueOn(kind, pairing.startedOn()), people));
				}
			}
		}
		return pending;
	}

}
