package org.tandem.health.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.tandem.health.AtRisk;

import org.springframework.stereotype.Component;

/**
 * The rows of the at-risk table, rendered once per list of rows instead of on every view:
 * with hundreds of pairs at risk they are most of the page, and nothing in them depends
 * on the viewer (the nudge buttons post through one form that carries the viewer's CSRF
 * token). Rendered by {@code health/atRiskRows.jte} with the engine's HTML escaping. A
 * rendering is kept while its list is (the list belongs to the cached health figures), so
 * equal rows give the same markup.
 */
@Component
class AtRiskRows {

	private final TemplateEngine templates;

	private final Map<List<AtRisk>, String> rendered = Collections.synchronizedMap(new WeakHashMap<>());

	AtRiskRows(TemplateEngine templates) {
		this.templates = templates;
	}

	/** The first {@code max} rows of the list as table rows. */
	Content of(List<AtRisk> all, int max) {
		String html = this.rendered.computeIfAbsent(all, (rows) -> render(rows.subList(0, Math.min(max, rows.size()))));
		return (output) -> output.writeContent(html);
	}

	private String render(List<AtRisk> rows) {
		StringOutput output = new StringOutput(rows.size() * 1024);
		this.templates.render("health/atRiskRows.jte", Map.of("rows", rows), output);
		return output.toString();
	}

}
