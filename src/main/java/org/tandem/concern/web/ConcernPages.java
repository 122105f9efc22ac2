package org.tandem.concern.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.concern.ClosingPrompt;
import org.tandem.concern.Concern;
import org.tandem.program.Program;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.web.Pager;

/**
 * What the concern pages show.
 */
public final class ConcernPages {

	private ConcernPages() {
	}

	/**
	 * The form to raise a concern in a program, perhaps about one of the caller's
	 * pairings (then with its closing prompt).
	 */
	public record NewPage(Program program, @Nullable ClosingPrompt prompt) {

		public String action() {
			return "/programs/" + this.program.id() + "/concerns";
		}

	}

	/** A list of concerns with their authors' names. */
	public record ListPage(@Nullable Program program, List<Concern> concerns, Map<UUID, String> names, long total,
			Pager pager) {

		static ListPage of(@Nullable Program program, PageResponse<Concern> page, Map<UUID, String> names,
				String path) {
			return new ListPage(program, page.items(), names, page.total(), Pager.of(page, path));
		}

		public String nameOf(UUID person) {
			return this.names.getOrDefault(person, "A former participant");
		}

	}

	/**
	 * One concern; {@code answers} when the caller is on the committee or an
	 * administrator.
	 */
	public record OnePage(Concern concern, String authorName, String programName, boolean answers) {

		public String href() {
			return "/concerns/" + this.concern.id();
		}

		public boolean open() {
			return !this.concern.status().closed();
		}

	}

}
