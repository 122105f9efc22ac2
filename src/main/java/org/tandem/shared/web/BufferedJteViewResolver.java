package org.tandem.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * JTE's view resolver, with views that render the page into memory and send it in one
 * write with its {@code Content-Length}. The starter's view writes every piece of
 * template text to the response's writer, and each write passes through the response
 * wrappers of Spring Security and Spring Session, which check on every call whether the
 * response is complete. A template that fails half-way now leaves the response untouched,
 * so the error page is whole.
 */
class BufferedJteViewResolver extends JteViewResolver {

	private final TemplateEngine templates;

	BufferedJteViewResolver(TemplateEngine templates, JteProperties properties) {
		super(templates, properties);
		this.templates = templates;
	}

	@Override
	protected AbstractUrlBasedView instantiateView() {
		return new BufferedJteView(this.templates);
	}

	/**
	 * A page rendered into memory, then sent at once.
	 */
	static final class BufferedJteView extends JteView {

		private final TemplateEngine templates;

		BufferedJteView(TemplateEngine templates) {
			super(templates);
			this.templates = templates;
			// no template uses Spring's macro helpers: no RequestContext per page
			setExposeSpringMacroHelpers(false);
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput output = new Utf8ByteOutput();
			this.templates.render(getUrl(), model, output);
			// one array, one write: the output holds a chunk per piece of template text,
			// and each write would pass the response wrappers and Tomcat's buffer
			byte[] page = output.toByteArray();
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}

	}

}
