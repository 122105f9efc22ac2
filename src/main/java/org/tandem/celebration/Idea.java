package org.tandem.celebration;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;
import org.tandem.shared.markdown.Markdown;
import org.tandem.shared.markdown.SafeHtml;

/**
 * An idea on a program's board, "ways to engage": a walking route, a lunch place, a
 * format. Public to the program by design, with its author's name.
 *
 * @param votes how many people voted for it
 * @param voted whether the reader voted for it
 */
public record Idea(IdeaId id, ProgramId programId, UUID authorId, String authorName, String title,
		@Nullable String body, boolean featured, boolean hidden, Instant createdAt, long votes, boolean voted) {

	public static final int MAX_TITLE_LENGTH = 120;

	public static final int MAX_BODY_LENGTH = 2000;

	public boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}

	/** The body as safe HTML from its Markdown, {@code null} without a body. */
	public @Nullable SafeHtml bodyHtml() {
		return (this.body != null) ? Markdown.render(this.body) : null;
	}

}
