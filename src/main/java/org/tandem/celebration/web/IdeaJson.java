package org.tandem.celebration.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.celebration.Idea;
import org.tandem.celebration.NewIdea;

/**
 * An idea in the JSON API, with its votes and whether the caller voted for it.
 */
record IdeaJson(UUID id, String title, @Nullable String body, UUID authorId, String authorName, long votes,
		boolean voted, boolean featured, boolean hidden, Instant createdAt) {

	static IdeaJson of(Idea idea) {
		return new IdeaJson(idea.id().value(), idea.title(), idea.body(), idea.authorId(), idea.authorName(),
				idea.votes(), idea.voted(), idea.featured(), idea.hidden(), idea.createdAt());
	}

	/**
	 * A new idea: {@code title} (required, 120 characters), {@code body} (Markdown,
	 * 2000).
	 */
	record New(@Nullable String title, @Nullable String body) {

		NewIdea toNewIdea() {
			return new NewIdea(this.title, this.body);
		}

	}

}
