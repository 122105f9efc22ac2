package org.tandem.document.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.tandem.document.DocumentContent;
import org.tandem.document.DocumentVersion;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends a version's bytes as an attachment: the type detected at upload, a safe file
 * name, never sniffed, never cached, written chunk by chunk.
 */
final class Downloads {

	private Downloads() {
	}

	static void send(DocumentContent content, HttpServletResponse response) throws IOException {
		DocumentVersion version = content.version();
		response.setContentType(version.type().mediaType());
		response.setContentLengthLong(version.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(version.safeFileName()).build().toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		content.writeTo(response.getOutputStream());
	}

}
