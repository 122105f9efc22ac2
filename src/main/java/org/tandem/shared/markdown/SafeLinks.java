package org.tandem.shared.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * Renders links and images of {@link Markdown}: a link to an {@code http}, {@code https}
 * or {@code mailto} address is an {@code <a>} with
 * {@code rel="nofollow noopener noreferrer"}; any other link is only its text. An image
 * is a link to the image (its alt text, or its address, as the link's text), so the page
 * loads nothing from elsewhere; inside a link it is only its alt text.
 */
final class SafeLinks implements NodeRenderer {

	static final List<String> SCHEMES = List.of("http", "https", "mailto");

	static final String REL = "nofollow noopener noreferrer";

	/** An address of one of the {@link #SCHEMES}, with something after the scheme. */
	private static final Pattern ALLOWED = Pattern.compile("(?is)(https?://|mailto:)\\S.*");

	private final HtmlNodeRendererContext context;

	private final HtmlWriter html;

	SafeLinks(HtmlNodeRendererContext context) {
		this.context = context;
		this.html = context.getWriter();
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Link.class, Image.class);
	}

	@Override
	public void render(Node node) {
		if (node instanceof Link link) {
			link(link);
		}
		else if (node instanceof Image image) {
			image(image);
		}
	}

	private void link(Link link) {
		String href = allowed(link.getDestination());
		if (href != null) {
			this.html.tag("a", attributes(href, link.getTitle()));
		}
		for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
			this.context.render(child);
		}
		if (href != null) {
			this.html.tag("/a");
		}
	}

	private void image(Image image) {
		String alt = altText(image).strip();
		String href = insideLink(image) ? null : allowed(image.getDestination());
		if (href == null) {
			this.html.text(alt);
			return;
		}
		this.html.tag("a", attributes(href, image.getTitle()));
		this.html.text(alt.isEmpty() ? href : alt);
		this.html.tag("/a");
	}

	/**
	 * The address as the page may link to it, or {@code null} if it may not.
	 */
	private @Nullable String allowed(@Nullable String destination) {
		if (destination == null) {
			return null;
		}
		String url = this.context.urlSanitizer().sanitizeLinkUrl(destination).strip();
		return ALLOWED.matcher(url).matches() ? this.context.encodeUrl(url) : null;
	}

	private static Map<String, String> attributes(String href, @Nullable String title) {
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("href", href);
		if (title != null && !title.isBlank()) {
			attributes.put("title", title);
		}
		attributes.put("rel", REL);
		return attributes;
	}

	private static boolean insideLink(Node node) {
		for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof Link) {
				return true;
			}
		}
		return false;
	}

	private static String altText(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Text literal) {
				text.append(literal.getLiteral());
			}
			else if (child instanceof Code code) {
				text.append(code.getLiteral());
			}
			else {
				text.append(altText(child));
			}
		}
		return text.toString();
	}

}
