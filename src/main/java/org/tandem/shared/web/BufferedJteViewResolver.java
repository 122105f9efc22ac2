package org.tandem.shared.web;

import java.io.IOException;
import java.io.OutputStream;
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
 * JTE's view resolver, with views that render the page into memory and send it in a few
 * writes with its {@code Content-Length}. The starter's view writes every piece of
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
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setContentLength(output.getContentLength());
			PageWrites writes = new PageWrites(response.getOutputStream(), output.getContentLength());
			output.writeTo(writes);
			writes.flush();
		}

	}

	/**
	 * A page's pieces in few writes: the output holds a piece per bit of template text,
	 * and each write would pass the response wrappers and Tomcat's buffer. Small pieces
	 * are gathered in a buffer of at most {@value #BUFFER} bytes (a page smaller than
	 * that goes in one write); a piece of {@value #LARGE} bytes or more, such as a
	 * section rendered once and kept, is written as it is instead of being copied.
	 */
	static final class PageWrites implements Utf8ByteOutput.DataConsumer {

		static final int BUFFER = 16 * 1024;

		static final int LARGE = 8 * 1024;

		private final OutputStream out;

		private final byte[] buffer;

		private int length;

		PageWrites(OutputStream out, int contentLength) {
			this.out = out;
			this.buffer = new byte[Math.max(0, Math.min(BUFFER, contentLength))];
		}

		@Override
		public void accept(byte[] data, int offset, int count) throws IOException {
			boolean asItIs = count >= LARGE || count > this.buffer.length;
			if (asItIs || count > this.buffer.length - this.length) {
				flush();
			}
			if (asItIs) {
				this.out.write(data, offset, count);
				return;
			}
			System.arraycopy(data, offset, this.buffer, this.length, count);
			this.length += count;
		}

		void flush() throws IOException {
			if (this.length > 0) {
				this.out.write(this.buffer, 0, this.length);
				this.length = 0;
			}
		}

	}

}
