package org.tandem.health.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.tandem.health.AtRisk;

import org.springframework.stereotype.Component;

/**
 * The rows of the at-risk table, rendered once per list of rows instead of on every view:
 * with hundreds of pairs at risk they are most of the page, and nothing in them depends
 * on the viewer (the nudge buttons post through one form that carries the viewer's CSRF
 * token). Rendered by {@code health/atRiskRows.jte} with the engine's HTML escaping, and
 * kept per list instance (the list belongs to the cached health figures); at most
 * {@value #MAX_RENDERINGS} renderings, all dropped when full.
 */
@Component
class AtRiskRows {

	private final TemplateEngine templates;

	/** More lists than the health cache holds at once for the views people open. */
	static final int MAX_RENDERINGS = 32;

	private final Map<Rows, byte[]> rendered = new ConcurrentHashMap<>();

	AtRiskRows(TemplateEngine templates) {
		this.templates = templates;
	}

	/** The first {@code max} rows of the list as table rows. */
	Content of(List<AtRisk> all, int max) {
		Rows key = new Rows(all, max);
		byte[] html = this.rendered.get(key);
		if (html == null) {
			html = render(all.subList(0, Math.min(max, all.size())));
			if (this.rendered.size() >= MAX_RENDERINGS) {
				this.rendered.clear();
			}
			this.rendered.put(key, html);
		}
		byte[] markup = html;
		// already UTF-8: the page's output takes the bytes as they are, without encoding
		// a few hundred kilobytes again on every view
		return (output) -> output.writeBinaryContent(markup);
	}

	private byte[] render(List<AtRisk> rows) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.templates.render("health/atRiskRows.jte", Map.of("rows", rows), output);
		return output.toByteArray();
	}

	/**
	 * A list of rows by identity: the cached health figures hand out the same list until
	 * they are computed anew, and hashing hundreds of rows on every view would cost more
	 * than it saves.
	 */
	private record Rows(List<AtRisk> list, int max) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Rows rows && rows.list == this.list && rows.max == this.max;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.list) * 31 + this.max;
		}

	}

}
