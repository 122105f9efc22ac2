package org.tandem.shared.markdown;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Markdown} lets through. Every output is parsed as XML (the renderer writes
 * well-formed XHTML) and each element and attribute is checked against an allow-list, so
 * a test fails on any tag or attribute that could run script or load something, not only
 * on the ones it thought of.
 */
class MarkdownTests {

	/** Elements that ordinary Markdown makes, none of which runs script or loads. */
	private static final Set<String> ELEMENTS = Set.of("p", "em", "strong", "a", "ul", "ol", "li", "code", "pre",
			"blockquote", "h4", "h5", "h6", "hr", "br", "table", "thead", "tbody", "tr", "th", "td");

	/** Attributes each element may have, with the values they may take. */
	private static final Map<String, Map<String, Pattern>> ATTRIBUTES = Map.of("a",
			Map.of("href", Pattern.compile("(?is)(https?://|mailto:)\\S.*"), "rel",
					Pattern.compile("nofollow noopener noreferrer"), "title", Pattern.compile(".*", Pattern.DOTALL)),
			"code", Map.of("class", Pattern.compile("language-[A-Za-z0-9_+#.-]+")), "ol",
			Map.of("start", Pattern.compile("\\d+")), "th", Map.of("align", Pattern.compile("left|center|right")), "td",
			Map.of("align", Pattern.compile("left|center|right")));

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
			"[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[click]( javascript:alert(1) )",
			"[click](<javascript:alert(1)>)", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
			"[click](vbscript:msgbox(1))", "[click](//evil.example/x)", "[click](file:///etc/passwd)",
			"![x](javascript:alert(1))", "![x](JaVaScRiPt:alert(1))", "![x](data:image/svg+xml;base64,PHN2Zz4=)",
			"![x](vbscript:msgbox(1))", "<img src=x onerror=alert(1)>", "<img src=\"https://evil.example/t.gif\">",
			"<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>", "<div onmouseover=\"alert(1)\">hover</div>",
			"<p style=\"background:url(javascript:alert(1))\">x</p>",
			"<svg onload=alert(1)><script>alert(1)</script></svg>",
			"<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
			"<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
			"<iframe src=\"https://evil.example\"></iframe>", "<iframe srcdoc=\"<script>alert(1)</script>\">",
			"<object data=\"https://evil.example/x.swf\"></object>", "<embed src=\"https://evil.example/x\">",
			"<!-- a comment --><script>alert(1)</script>", "<!--\n<script>alert(1)</script>\n-->",
			"[click](&#106;avascript:alert(1))", "[click](&#x6A;avascript:alert(1))",
			"[click](&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1))", "[click](java&#09;script:alert(1))",
			"[click](jav&#x0A;ascript:alert(1))", "<javascript:alert(1)>", "<JAVASCRIPT:alert(1)>",
			"<data:text/html,<script>alert(1)</script>>", "javascript://example.org/%0Aalert(1)",
			"[x]: javascript:alert(1)\n\nA [reference][x] and a [shortcut x].",
			"[x]: data:text/html,hi \"t\"\n\n![image][x]",
			"[x]: https://ok.example \"\\\" onmouseover=\\\"alert(1)\"\n\n[x]",
			"[x](https://ok.example \"\\\" onmouseover=\\\"alert(1)\")", "<div>\n<script>alert(1)</script>\n</div>",
			"<style>body { display: none }</style>", "<form action=\"https://evil.example\"><button>Go</button></form>",
			"<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
			"<base href=\"https://evil.example/\">", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
			"```\" onclick=\"alert(1)\ncode\n```", "``` js\"><script>alert(1)</script>\ncode\n```",
			"[![x](javascript:alert(1))](https://ok.example)", "[![x](https://evil.example/t.gif)](https://ok.example)",
			"<a href='javascript:alert(1)'>x</a>", "&lt;script&gt;alert(1)&lt;/script&gt;",
			"\u0000<script>alert(1)</script>",
			"| a | b |\n| --- | --- |\n| <script>alert(1)</script> | [x](javascript:alert(1)) |" })
	void hostileTextRunsNoScriptAndLoadsNothing(String hostile) throws Exception {
		String html = Markdown.render(hostile).markup();
		assertSafe(html);
		assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<iframe", "<svg", "<style");
	}

	@Test
	void htmlInTheTextIsShownAsText() {
		assertThat(render("<script>alert(1)</script>")).isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
		assertThat(render("<div onmouseover=\"x()\">\nhi\n</div>"))
			.isEqualTo("<p>&lt;div onmouseover=&quot;x()&quot;&gt;\nhi\n&lt;/div&gt;</p>");
		assertThat(render("<!-- hidden -->")).isEqualTo("<p>&lt;!-- hidden --&gt;</p>");
	}

	@Test
	void aLinkThatIsNotToTheWebOrToAnEmailAddressIsOnlyItsText() {
		assertThat(render("[click me](javascript:alert(1))")).isEqualTo("<p>click me</p>");
		assertThat(render("[click me](&#106;avascript:alert(1))")).isEqualTo("<p>click me</p>");
		assertThat(render("[click me](//evil.example)")).isEqualTo("<p>click me</p>");
		assertThat(render("[click me](/relative)")).isEqualTo("<p>click me</p>");
		assertThat(render("[x]: JaVaScRiPt:alert(1)\n\n[click me][x]")).isEqualTo("<p>click me</p>");
	}

	@Test
	void ordinaryMarkdownRenders() {
		assertThat(render("Some *emphasis*, **strong** and `x < y`."))
			.isEqualTo("<p>Some <em>emphasis</em>, <strong>strong</strong> and <code>x &lt; y</code>.</p>");
		assertThat(render("- one\n- two")).isEqualTo("<ul>\n<li>one</li>\n<li>two</li>\n</ul>");
		assertThat(render("3. three\n4. four")).isEqualTo("<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>");
		assertThat(render("# Title\n\n### Part")).isEqualTo("<h4>Title</h4>\n<h6>Part</h6>");
		assertThat(render("> quoted")).isEqualTo("<blockquote>\n<p>quoted</p>\n</blockquote>");
		assertThat(render("```java\nint x = 1 < 2;\n```"))
			.isEqualTo("<pre><code class=\"language-java\">int x = 1 &lt; 2;\n</code></pre>");
		assertThat(render("first line\nsecond line")).isEqualTo("<p>first line<br />\nsecond line</p>");
		assertThat(render("| Goal | Done |\n| :-- | --: |\n| Read | yes |")).startsWith("<table>")
			.contains("<th align=\"left\">Goal</th>", "<td align=\"right\">yes</td>")
			.endsWith("</table>");
	}

	@Test
	void aCodeBlocksLanguageIsKeptOnlyWhenItIsAPlainWord() {
		assertThat(render("```c++\nx\n```")).isEqualTo("<pre><code class=\"language-c++\">x\n</code></pre>");
		assertThat(render("```js\"><b>x\ny\n```")).isEqualTo("<pre><code>y\n</code></pre>");
	}

	@Test
	void linksGoToTheWebOrToEmailAndCarryNoReferrer() {
		assertThat(render("[Tandem](https://example.org/a?b=1&c=2 \"The site\")"))
			.isEqualTo("<p><a href=\"https://example.org/a?b=1&amp;c=2\" title=\"The site\" "
					+ "rel=\"nofollow noopener noreferrer\">Tandem</a></p>");
		assertThat(render("<https://example.org/x>"))
			.isEqualTo("<p><a href=\"https://example.org/x\" rel=\"nofollow noopener noreferrer\">"
					+ "https://example.org/x</a></p>");
		assertThat(render("See www.example.org or write to ada@example.org.")).isEqualTo(
				"<p>See <a href=\"http://www.example.org\" rel=\"nofollow noopener noreferrer\">www.example.org</a>"
						+ " or write to <a href=\"mailto:ada@example.org\" rel=\"nofollow noopener noreferrer\">"
						+ "ada@example.org</a>.</p>");
		assertThat(render("[the form][f]\n\n[f]: https://example.org/form"))
			.isEqualTo("<p><a href=\"https://example.org/form\" rel=\"nofollow noopener noreferrer\">the form</a></p>");
	}

	@Test
	void anImageIsALinkToItAndIsNotLoaded() {
		assertThat(render("![A diagram](https://example.org/d.png)")).isEqualTo(
				"<p><a href=\"https://example.org/d.png\" rel=\"nofollow noopener noreferrer\">A diagram</a></p>");
		assertThat(render("![](https://example.org/d.png)")).isEqualTo("<p><a href=\"https://example.org/d.png\" "
				+ "rel=\"nofollow noopener noreferrer\">https://example.org/d.png</a></p>");
		assertThat(render("[![Badge](https://example.org/b.svg)](https://example.org)"))
			.isEqualTo("<p><a href=\"https://example.org\" rel=\"nofollow noopener noreferrer\">Badge</a></p>");
	}

	@Test
	void deepNestingIsCappedRatherThanExhaustingTheStack() throws Exception {
		for (String unit : List.of(">", "- ", "*", "[", "![", "> - ", "_", "`")) {
			String text = unit.repeat(20_000 / unit.length());
			assertSafe(Markdown.render(text).markup());
		}
	}

	/**
	 * Seeded random texts stitched together from hostile fragments and Markdown syntax:
	 * whatever the combination, the output stays inside the allow-list.
	 */
	@Test
	void randomMixturesOfHostileFragmentsStaySafe() throws Exception {
		List<String> fragments = List.of("<", ">", "<script>", "</script>", "<img src=x onerror=alert(1)>", "[", "]",
				"(", ")", "![", "javascript:", "JaVaScRiPt:", "data:", "&#106;", "&#x6A;", "&#58;", "\"", "'", " ",
				"\n", "\n\n", "`", "```", "*", "_", "|", "---", "> ", "- ", "1. ", "<!--", "-->", "www.", "https://",
				"mailto:", "@example.org", "[x]: ", "onload=", "<svg", "<iframe", "\\", "#", "a", "b");
		long seed = new Random().nextLong();
		Random random = new Random(seed);
		for (int round = 0; round < 2_000; round++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(40);
			for (int i = 0; i < length; i++) {
				text.append(fragments.get(random.nextInt(fragments.size())));
			}
			String html = Markdown.render(text.toString()).markup();
			try {
				assertSafe(html);
			}
			catch (AssertionError | Exception ex) {
				throw new AssertionError("seed " + seed + ", round " + round + ": " + text + " -> " + html, ex);
			}
		}
	}

	@Test
	void safeHtmlDoesNotPrintTheText() {
		assertThat(Markdown.render("My secret plan").toString()).doesNotContain("secret");
	}

	/**
	 * A template inserts HTML unescaped only as the markup of a {@link SafeHtml}, and
	 * only that class declares {@code markup()}: no raw text reaches a page through
	 * {@code $unsafe}.
	 */
	@Test
	void templatesInsertUnescapedOnlyTheRenderersHtml() throws IOException {
		Pattern unsafe = Pattern.compile("\\$unsafe\\{([^}]*)}");
		List<String> misuses = new ArrayList<>();
		for (Path template : files(Path.of("src/main/jte"), ".jte")) {
			Matcher matcher = unsafe.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!matcher.group(1).strip().matches("[\\w.()]+\\.markup\\(\\)")) {
					misuses.add(template + ": " + matcher.group());
				}
			}
		}
		assertThat(misuses).as("$unsafe{} of anything but SafeHtml.markup()").isEmpty();
		Pattern declaresMarkup = Pattern.compile("\\bmarkup\\(\\)\\s*\\{");
		List<Path> declaring = new ArrayList<>();
		for (Path source : files(Path.of("src/main/java"), ".java")) {
			if (declaresMarkup.matcher(Files.readString(source)).find()) {
				declaring.add(source);
			}
		}
		assertThat(declaring).containsExactly(Path.of("src/main/java/org/tandem/shared/markdown/SafeHtml.java"));
	}

	private static String render(String markdown) {
		return Markdown.render(markdown).markup().strip();
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

	/**
	 * Parses the HTML as XML and checks every element and attribute against the
	 * allow-list.
	 */
	private static void assertSafe(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setNamespaceAware(false);
		Element root = factory.newDocumentBuilder()
			.parse(new InputSource(new StringReader("<root>" + html + "</root>")))
			.getDocumentElement();
		List<String> problems = new ArrayList<>();
		check(root, problems);
		assertThat(problems).as("disallowed markup in %s", html).isEmpty();
	}

	private static void check(Element element, List<String> problems) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child.getNodeType() == Node.COMMENT_NODE || child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE
					|| child.getNodeType() == Node.CDATA_SECTION_NODE) {
				problems.add("a " + child.getNodeName() + " node");
			}
			if (!(child instanceof Element tag)) {
				continue;
			}
			String name = tag.getTagName();
			if (!ELEMENTS.contains(name)) {
				problems.add("element <" + name + ">");
			}
			Map<String, Pattern> allowed = ATTRIBUTES.getOrDefault(name, Map.of());
			NamedNodeMap attributes = tag.getAttributes();
			for (int i = 0; i < attributes.getLength(); i++) {
				Node attribute = attributes.item(i);
				Pattern value = allowed.get(attribute.getNodeName());
				if (value == null || !value.matcher(attribute.getNodeValue()).matches()) {
					problems.add("attribute " + attribute.getNodeName() + "=\"" + attribute.getNodeValue() + "\" on <"
							+ name + ">");
				}
			}
			check(tag, problems);
		}
	}

}
