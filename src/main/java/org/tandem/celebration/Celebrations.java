package org.tandem.celebration;

import org.tandem.celebration.CelebrationFigures.Totals;
import org.tandem.feedback.KudosBoard;
import org.tandem.program.ProgramId;
import org.tandem.program.SuggestedPlaces;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's celebration, for everyone who belongs to it (its active mentors, mentees
 * and committee, and administrators); to anyone else it does not exist.
 */
@Service
public class Celebrations {

	/** The most shared kudos a celebration shows: the newest. */
	static final int KUDOS_MAX = 100;

	/** The most suggested places a celebration names: all a program may have. */
	static final int PLACES_MAX = SuggestedPlaces.MAX_PLACES;

	/** The most featured ideas a celebration shows. */
	static final int IDEAS_MAX = 10;

	private final ProgramMembership membership;

	private final CelebrationFigures figures;

	private final KudosBoard kudos;

	private final Ideas ideas;

	Celebrations(ProgramMembership membership, CelebrationFigures figures, KudosBoard kudos, Ideas ideas) {
		this.membership = membership;
		this.figures = figures;
		this.kudos = kudos;
		this.ideas = ideas;
	}

	/**
	 * @throws NotFoundException unless the caller belongs to the program
	 */
	@Transactional(readOnly = true)
	public Celebration of(ProgramId id, TandemPrincipal me) {
		ProgramMembership.Member member = this.membership.of(id, me);
		Totals totals = this.figures.totals(id);
		return new Celebration(member.program(), totals.pairs(), totals.meetingsHeld(), totals.activitiesCompleted(),
				totals.goalsAchieved(), this.figures.formats(id), this.figures.places(id, PLACES_MAX),
				this.kudos.sharedOf(id, KUDOS_MAX), this.ideas.featured(id, IDEAS_MAX));
	}

}
