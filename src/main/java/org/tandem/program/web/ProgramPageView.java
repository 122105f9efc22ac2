package org.tandem.program;

import java.util.List;

import org.tandem.shared.kernel.PageResponse;

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

	public boolean hasPrevious() {
		return this.rows.page() > 0;
	}

	public boolean hasNext() {
		return (long) (this.rows.page() + 1) * this.rows.size() < this.rows.total();
	}

}
