package org.tandem.program.web;

import java.util.List;

import org.tandem.program.Program;
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
 * @param mine the caller's participations in the program
 * @param rows the participants, for the committee; empty otherwise
 */
public record ProgramPageView(Program program, boolean manages, boolean admin, boolean mayApply,
		List<ParticipantRow> mine, PageResponse<ParticipantRow> rows) {

	/**
	 * The links to the pages of participants around this one.
	 */
	public Pager pager() {
		return Pager.of(this.rows, "/programs/" + this.program.id());
	}

}
