package org.tandem.shared.markdown;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders the Markdown people write (CommonMark with tables and bare links) to HTML that
 * is safe to put in a page: any HTML in the text is shown as text, links go only to
 * {@code http}, {@code https} and {@code mailto} addresses and carry
 * {@code rel="nofollow noopener noreferrer"}, and images become links to the image, so a
 * page never loads anything from elsewhere. Headings start at {@code h4}, below the
 * page's own. Thread-safe.
 */
public final class Markdown {

	/** {@code #} becomes an {@code h4}: the page around the text has h1 to h3. */
	static final int HEADING_OFFSET = 3;

	/**
	 * How deep blocks (quotes, lists) and inlines (emphasis, links) may nest; deeper
	 * markers are text, so that no text can exhaust the stack.
	 */
	static final int MAX_NESTING = 32;

	/** A code block's language as its {@code class} names it. */
	private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_+#.-]{1,30}");

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	private static final Parser PARSER = Parser.builder()
		.extensions(EXTENSIONS)
		.maxOpenBlockParsers(MAX_NESTING)
		.maxInlineNesting(MAX_NESTING)
		.postProcessor(Markdown::tidy)
		.build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(SafeLinks.SCHEMES))
		.softbreak("<br />\n")
		.nodeRendererFactory(SafeLinks::new)
		.build();

	private Markdown() {
	}

	/**
	 * The text as safe HTML; a line break in the text is a line break on the page.
	 */
	public static SafeHtml render(String markdown) {
		return SafeHtml.rendered(RENDERER.render(PARSER.parse(markdown)));
	}

	/**
	 * Lowers the headings below the page's own, and keeps a code block's language (its
	 * {@code class}) only when it is a plain word.
	 */
	private static Node tidy(Node document) {
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(heading.getLevel() + HEADING_OFFSET, 6));
				visitChildren(heading);
			}

			@Override
			public void visit(FencedCodeBlock code) {
				String info = code.getInfo();
				if (info != null && !LANGUAGE.matcher(info.strip()).matches()) {
					code.setInfo(null);
				}
			}
		});
		return document;
	}

}
