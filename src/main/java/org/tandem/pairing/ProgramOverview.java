package org.tandem.pairing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.CadenceState;
import org.tandem.shared.web.FormErrors;

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
		List<PairOption> mentees, PairForm form, FormErrors errors) {

	public List<CadenceState> states() {
		return List.of(CadenceState.values());
	}

	public String stateLabel(CadenceState state) {
		return CadenceWords.label(state);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.pageSize < this.total;
	}

	/**
	 * This overview's address with another page, keeping the filter and the sort.
	 */
	public String pageLink(int page) {
		StringBuilder link = new StringBuilder("/programs/" + this.programId + "/pairings?page=" + page);
		if (this.state != null) {
			link.append("&state=").append(this.state.name());
		}
		if (this.sort != null) {
			link.append("&sort=").append(this.sort);
		}
		return link.toString();
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
