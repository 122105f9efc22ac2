package org.tandem.concern;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.PairingClosings;
import org.tandem.pairing.Pairings;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;

/**
 * What a member of a pair is invited to do as the program's term ends (the end
 * evaluation, kudos), and where they raise a concern about their pairing: for the pair's
 * workspace.
 */
@Service
public class PairClosing {

	private final Pairings pairings;

	private final PairingClosings closings;

	private final Programs programs;

	PairClosing(Pairings pairings, PairingClosings closings, Programs programs) {
		this.pairings = pairings;
		this.closings = closings;
		this.programs = programs;
	}

	/**
	 * The closing prompt of the pairing for one of its members.
	 * @throws NotFoundException unless the caller is its mentor or mentee
	 */
	public ClosingPrompt promptFor(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.visible(id, me);
		if (!pairing.hasMember(me.personId())) {
			throw new NotFoundException("No such pairing.");
		}
		Program program = this.programs.find(pairing.programId())
			.orElseThrow(() -> new NotFoundException("No such pairing."));
		return new ClosingPrompt(pairing.id(), program.endsOn(), this.closings.termEnded(program), !pairing.closed(),
				raiseConcernHref(pairing));
	}

	/**
	 * Where a member of the pairing raises a concern about it with the committee.
	 */
	public static String raiseConcernHref(Pairing pairing) {
		return "/programs/" + pairing.programId() + "/concerns/new?pairingId=" + pairing.id();
	}

}
