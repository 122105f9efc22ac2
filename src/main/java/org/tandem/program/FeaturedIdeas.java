package org.tandem.program;

import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.markdown.SafeHtml;
import org.tandem.shared.security.TandemPrincipal;

/**
 * The ideas the committee featured on the program's idea board, for the program page.
 * Implemented by the celebration feature, so that programs do not depend on it (it
 * depends on programs).
 */
public interface FeaturedIdeas {

	/**
	 * The program's featured ideas, most votes first, if the viewer belongs to the
	 * program (an active mentor or mentee, its committee, an administrator); none
	 * otherwise. Access is checked at once; the read then waits to travel with the
	 * request's other reads ({@code PipelinedReads}) and is sent by the first
	 * {@code get()} of any of them.
	 * @param limit how many at most, 1 to 20
	 * @throws org.tandem.shared.kernel.NotFoundException if the viewer may not see the
	 * program
	 */
	Supplier<List<FeaturedIdea>> of(ProgramId program, TandemPrincipal viewer, int limit);

	/**
	 * A featured idea as the program page shows it.
	 *
	 * @param body the idea's text rendered from Markdown, if it has one
	 */
	record FeaturedIdea(String title, @Nullable SafeHtml body, long votes) {

		public String votesText() {
			return (this.votes == 1) ? "1 vote" : this.votes + " votes";
		}

	}

}
