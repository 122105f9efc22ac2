package org.tandem.goal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Kinds of steps a pair may consider on the way to a goal, offered beside the goal forms
 * as suggestions to add as milestones, never as fields to fill. Each reads as the start
 * of a milestone, to be made concrete (which course? whom to meet?).
 */
public enum StepIdea {

	COURSE("Take a course or a workshop"), CONFERENCE("Go to a conference"), CONTACT("Meet someone who has done this"),
	DRAFT("Ask for feedback on a draft"), SHADOW("Shadow a colleague for a day"), PRESENT("Present at a meeting"),
	READ("Read an article or a book about it"), COMMITTEE("Join a committee or a working group"),
	REFLECT("Write down what you learned");

	private final String text;

	StepIdea(String text) {
		this.text = text;
	}

	public String text() {
		return this.text;
	}

	/** The text as a query parameter value (spaces as {@code %20}, never {@code +}). */
	public String encoded() {
		return URLEncoder.encode(this.text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
