package org.tandem.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload whose declared length is over the multipart limit with 413, before
 * the security filters read its body. Without it, the CSRF check of a page form would
 * parse the body for the token, fail on the size and answer 403, so the token would have
 * to travel in the URL instead. A request without a declared length goes on and meets the
 * same limit while it is parsed.
 */
class UploadSizeLimit extends OncePerRequestFilter {

	private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,"
			+ "\"detail\":\"The upload is larger than this server accepts.\"}";

	private final long maxRequestBytes;

	UploadSizeLimit(long maxRequestBytes) {
		this.maxRequestBytes = maxRequestBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (this.maxRequestBytes < 0 || type == null || !type.toLowerCase().startsWith("multipart/")
				|| request.getContentLengthLong() <= this.maxRequestBytes) {
			chain.doFilter(request, response);
			return;
		}
		// the body is not read; Tomcat drops what follows
		// (server.tomcat.max-swallow-size)
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType("application/problem+json");
			response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

}
