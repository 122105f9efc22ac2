package org.tandem.shared.markdown;

/**
 * HTML that {@link Markdown} rendered from a person's text: the only HTML a template may
 * insert without escaping ({@code $unsafe{...markup()}}). Nothing else can make one, so
 * no raw text reaches a page unescaped by mistake.
 */
public final class SafeHtml {

	private final String markup;

	private SafeHtml(String markup) {
		this.markup = markup;
	}

	/**
	 * Only the renderer calls this, with what it rendered.
	 */
	static SafeHtml rendered(String markup) {
		return new SafeHtml(markup);
	}

	/**
	 * The HTML, for a template's {@code $unsafe{}} and for a JSON field.
	 */
	public String markup() {
		return this.markup;
	}

	@Override
	public String toString() {
		// the markup is a person's text: it stays out of logs
		return "SafeHtml[" + this.markup.length() + " chars]";
	}

}
