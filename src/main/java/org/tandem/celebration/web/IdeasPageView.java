package org.tandem.celebration.web;

import java.util.List;
import java.util.UUID;

import org.tandem.celebration.Idea;
import org.tandem.celebration.Ideas;
import org.tandem.shared.web.Pager;

/**
 * What the idea board's page shows: the reader's page of ideas and what they may do.
 */
public record IdeasPageView(Ideas.Board board, UUID reader, Pager pager) {

	public String programId() {
		return this.board.program().id().toString();
	}

	public String programName() {
		return this.board.program().name();
	}

	public boolean manages() {
		return this.board.manages();
	}

	public List<Idea> ideas() {
		return this.board.ideas().items();
	}

	public long total() {
		return this.board.ideas().total();
	}

	/** Whether the reader may vote for the idea: not their own, not hidden, not yet. */
	public boolean mayVote(Idea idea) {
		return !idea.writtenBy(this.reader) && !idea.hidden() && !idea.voted();
	}

	public String votes(Idea idea) {
		return (idea.votes() == 1) ? "1 vote" : idea.votes() + " votes";
	}

}
