package org.tandem.resource;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;

/**
 * A tip of a program's tip sheets, in the committee's words. Not confidential. The body
 * is plain text; a blank line starts a new paragraph.
 *
 * @param moment the moment of a pairing at which the tip is also shown, if any
 * @param position the place on the sheet, smallest first
 */
public record Tip(TipId id, ProgramId programId, Audience audience, @Nullable Moment moment, String title, String body,
		int position) {

	public static final int MAX_TITLE_LENGTH = 200;

	public static final int MAX_BODY_LENGTH = 4000;

	/** A blank line: two line breaks with nothing but white space between them. */
	private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

	/**
	 * The body's paragraphs, each on its own: a page renders each as text (escaped),
	 * never as markup. The pattern is compiled once: a workspace shows a tip on every
	 * view, and {@code String.split} compiles a pattern of more than one character on
	 * every call.
	 */
	public List<String> paragraphs() {
		return BLANK_LINE.splitAsStream(this.body).map(String::strip).filter((p) -> !p.isEmpty()).toList();
	}

	/**
	 * The tip's anchor on the resources page.
	 */
	public String anchor() {
		return "tip-" + this.id;
	}

	/**
	 * A link to the tip on the program's resources page.
	 */
	public String href() {
		return "/programs/" + this.programId + "/resources#" + anchor();
	}

}
