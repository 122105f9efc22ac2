package org.tandem.health.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.tandem.health.ProgramHealth;

import org.springframework.stereotype.Component;

/**
 * The health page's sections that are the same for every viewer of the same figures (the
 * charts, the pairs at risk and the feedback, {@code health/figures.jte}), rendered once
 * per computation of the figures instead of on every view: with hundreds of pairs at risk
 * they are most of the page. Nothing in them depends on the viewer: the nudge buttons
 * post through one form outside them that carries the viewer's CSRF token, and the time
 * of the figures in the viewer's zone is outside them too. Rendered with the engine's
 * HTML escaping and kept per figures instance, not per value: the health cache hands out
 * the same instance while the figures are fresh and the program's settings unchanged, and
 * every computation makes a new one, so that two programs, two filters or two
 * computations never share a rendering. At most {@value #MAX_RENDERINGS} renderings, all
 * dropped when full.
 */
@Component
class FigureSections {

	/** More figures than the health cache holds at once for the views people open. */
	static final int MAX_RENDERINGS = 32;

	private final TemplateEngine templates;

	private final Map<Figures, byte[]> rendered = new ConcurrentHashMap<>();

	FigureSections(TemplateEngine templates) {
		this.templates = templates;
	}

	Content of(ProgramHealth health) {
		Figures key = new Figures(health);
		byte[] html = this.rendered.get(key);
		if (html == null) {
			html = render(health);
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

	private byte[] render(ProgramHealth health) {
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.templates.render("health/figures.jte", Map.of("figures", new HealthFigures(health)), output);
		return output.toByteArray();
	}

	/**
	 * Figures by identity: hashing thousands of figures on every view would cost more
	 * than it saves.
	 */
	private record Figures(ProgramHealth health) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Figures figures && figures.health == this.health;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this.health);
		}

	}

}
