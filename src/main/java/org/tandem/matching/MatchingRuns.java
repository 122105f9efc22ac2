package org.tandem.matching;

import java.time.Clock;
import java.util.List;

import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairings;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs of the matcher: the committee (or an administrator) starts one, reads it,
 * publishes it (its proposals become pairings, all or none) or discards it.
 */
@Service
public class MatchingRuns {

	private final Programs programs;

	private final MatchingInputs inputs;

	private final MatchingRunRepository runs;

	private final Pairings pairings;

	private final Clock clock;

	MatchingRuns(Programs programs, MatchingInputs inputs, MatchingRunRepository runs, Pairings pairings, Clock clock) {
		this.programs = programs;
		this.inputs = inputs;
		this.runs = runs;
		this.pairings = pairings;
		this.clock = clock;
	}

	/**
	 * Runs the matcher and keeps the result as a draft.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException if a pair names someone who is not an active mentor
	 * or mentee of the program, or the pins contradict each other or the forbidden pairs
	 * @throws ConflictException if a pin breaks a hard constraint or a capacity
	 */
	@Transactional
	public MatchingRun start(ProgramId programId, TandemPrincipal me, RunMode mode, List<PersonPair> forbid,
			List<PersonPair> pin) {
		this.programs.managedBy(programId, me);
		MatchingInput input = this.inputs.load(programId);
		MatchResult result = Matcher.run(input, mode, forbid, pin);
		return this.runs.save(MatchingRun.draft(programId, mode, input.settings(), forbid, pin, result, me.personId(),
				this.clock.instant()));
	}

	/**
	 * The run, if the caller manages its program.
	 * @throws NotFoundException for an unknown run or one whose program the caller may
	 * not see
	 * @throws ForbiddenException if they see the program but do not manage it
	 */
	public MatchingRun managed(MatchingRunId runId, TandemPrincipal me) {
		MatchingRun run = this.runs.findById(runId.value()).orElseThrow(MatchingRuns::notFound);
		try {
			this.programs.managedBy(run.programId(), me);
		}
		catch (NotFoundException ex) {
			throw notFound();
		}
		return run;
	}

	/**
	 * Starts one active pairing per proposal, all in this transaction: if any pairing
	 * cannot start (a capacity filled since the run, a mentee paired by hand), nothing is
	 * written. The program's other drafts are discarded. Publishes of one program are
	 * serialized on the program's row.
	 * @throws ConflictException if the run is no draft or a pairing cannot start
	 */
	@Transactional
	public MatchingRun publish(MatchingRunId runId, TandemPrincipal me) {
		MatchingRun run = managed(runId, me);
		// one publish at a time per program: a second draft published at the same
		// moment waits here, then finds itself discarded by the first
		this.programs.lock(run.programId());
		if (this.runs.decide(runId.value(), RunStatus.PUBLISHED.name(), me.personId(), this.clock.instant()) == 0) {
			throw new ConflictException("This run is not a draft: it was published or discarded already.");
		}
		for (Proposal proposal : run.proposals()) {
			try {
				this.pairings.start(run.programId(), me,
						new NewPairing(proposal.mentorId(), proposal.menteeId(), null));
			}
			catch (InvalidInputException ex) {
				throw new ConflictException("The run is out of date: " + ex.getMessage()
						+ ". Nothing was published; run the matcher again.");
			}
			catch (ConflictException ex) {
				throw new ConflictException("The run is out of date: " + ex.getMessage()
						+ " Nothing was published; run the matcher again.");
			}
		}
		this.runs.discardOthers(run.programId().value(), runId.value(), me.personId(), this.clock.instant());
		return this.runs.findById(runId.value()).orElseThrow(MatchingRuns::notFound);
	}

	/**
	 * @throws ConflictException if the run is no draft
	 */
	@Transactional
	public MatchingRun discard(MatchingRunId runId, TandemPrincipal me) {
		managed(runId, me);
		if (this.runs.decide(runId.value(), RunStatus.DISCARDED.name(), me.personId(), this.clock.instant()) == 0) {
			throw new ConflictException("This run is not a draft: it was published or discarded already.");
		}
		return this.runs.findById(runId.value()).orElseThrow(MatchingRuns::notFound);
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No such matching run.");
	}

}
