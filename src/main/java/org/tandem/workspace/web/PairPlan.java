package org.tandem.workspace.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.activity.PairActivities.Checklist;
import org.tandem.concern.ClosingPrompt;
import org.tandem.document.Document;
import org.tandem.feedback.FeedbackTodo;
import org.tandem.goal.Goal;
import org.tandem.message.Conversation;
import org.tandem.note.Note;
import org.tandem.resource.Tip;

/**
 * What the pair sees of their plan on the workspace: the tip for this moment, their
 * goals, the activity checklist, their shared notes, messages and documents for review,
 * and what waits for them.
 *
 * @param names the pair's names by person id, for the goals' owners
 * @param sharedNotes the newest notes the pair shares
 * @param conversation the newest messages between the two
 * @param documents the documents for review changed most recently
 * @param closing whether the term has ended and the pair is asked to close
 * @param feedback the pulses and evaluations that wait for the viewer
 */
public record PairPlan(@Nullable Tip tip, List<Goal> goals, Map<UUID, String> names, Checklist checklist,
		List<Note> sharedNotes, UUID viewerId, String partnerName, Conversation conversation, List<Document> documents,
		ClosingPrompt closing, FeedbackTodo feedback) {

	/** How many messages the workspace shows, also when it refreshes them. */
	public int messagesShown() {
		return WorkspaceModels.MESSAGES_SHOWN;
	}

	public String ownerName(Goal goal) {
		return this.names.getOrDefault(goal.ownerId(), "Unknown person");
	}

}
