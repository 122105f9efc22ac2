package org.tandem.resource;

import java.util.Arrays;
import java.util.List;

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

	/**
	 * The body's paragraphs, each on its own: a page renders each as text (escaped),
	 * never as markup.
	 */
	public List<String> paragraphs() {
		return Arrays.stream(this.body.split("\\R\\s*\\R")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
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
