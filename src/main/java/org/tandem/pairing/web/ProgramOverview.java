package org.tandem.pairing.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.CadenceState;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;
import org.tandem.shared.web.Pager;

/**
 * The committee's overview of a program's pairings, filtered and sorted, with the form
 * that pairs a mentor and a mentee.
 *
 * @param state the state filtered on, or {@code null} for all
 * @param sort the column sorted on, or {@code null} for the urgency order
 * @param total how many pairings pass the filter
 */
public record ProgramOverview(UUID programId, String programName, List<OverviewRow> rows, long total, int page,
		int pageSize, @Nullable CadenceState state, @Nullable String sort, List<PairOption> mentors,
		List<PairOption> mentees, PairForm form, FormValues values, FormErrors errors) {

	public List<CadenceState> states() {
		return List.of(CadenceState.values());
	}

	/**
	 * The links to the pages around this one, keeping the filter and the sort.
	 */
	public Pager pager() {
		StringBuilder link = new StringBuilder("/programs/" + this.programId + "/pairings");
		if (this.state != null) {
			link.append("?state=").append(this.state.name());
		}
		if (this.sort != null) {
			link.append((this.state != null) ? "&" : "?").append("sort=").append(this.sort);
		}
		return Pager.of(new PageResponse<>(this.rows, this.page, this.pageSize, this.total), link.toString());
	}

	/**
	 * The address sorting on a column, keeping the filter.
	 */
	public String sortLink(String sort) {
		StringBuilder link = new StringBuilder("/programs/" + this.programId + "/pairings?sort=" + sort);
		if (this.state != null) {
			link.append("&state=").append(this.state.name());
		}
		return link.toString();
	}

	public @Nullable String ariaSort(String column) {
		return column.equals(this.sort) ? "ascending" : null;
	}

}
