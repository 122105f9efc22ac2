package org.tandem.program.web;

import java.util.List;
import java.util.Locale;

import org.tandem.program.FeaturedIdeas.FeaturedIdea;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.Program;
import org.tandem.program.Role;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.Pager;

/**
 * What the program page shows the caller: the program, what they may do there, their own
 * participations and, for the committee, one page of participants.
 *
 * @param program the program
 * @param manages whether the caller is on its committee or an administrator
 * @param admin whether the caller administers Tandem (and may appoint committee members)
 * @param mayApply whether the caller may apply as mentor or mentee
 * @param mine the caller's participations in the program (the page shows their roles and
 * states, not the caller's own name)
 * @param rows the participants, for the committee; empty otherwise
 * @param featuredIdeas the ideas the committee featured, for those who belong to the
 * program; empty otherwise
 */
public record ProgramPageView(Program program, boolean manages, boolean admin, boolean mayApply, List<Participant> mine,
		PageResponse<ParticipantRow> rows, List<FeaturedIdea> featuredIdeas) {

	/**
	 * Whether the caller belongs to the program (an active mentor or mentee, its
	 * committee or an administrator), and so reaches its idea board and celebration.
	 */
	public boolean belongs() {
		return this.manages
				|| this.mine.stream().anyMatch((participant) -> participant.status() == ParticipantStatus.ACTIVE);
	}

	/**
	 * Whether the caller is an active mentor or mentee, who ranks partners for matching.
	 */
	public boolean pairs() {
		return this.mine.stream()
			.anyMatch((participant) -> participant.role() != Role.COMMITTEE
					&& participant.status() == ParticipantStatus.ACTIVE);
	}

	/**
	 * The class that colours a participation's state.
	 */
	public static String statusClass(Participant participant) {
		return "status-" + participant.status().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The links to the pages of participants around this one.
	 */
	public Pager pager() {
		return Pager.of(this.rows, "/programs/" + this.program.id());
	}

}
