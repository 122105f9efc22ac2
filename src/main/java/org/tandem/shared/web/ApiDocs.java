package org.tandem.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The JSON API's OpenAPI document at {@code /v3/api-docs} and its browsable version
 * (Swagger UI) at {@code /api-docs}, open to anyone like the API's contract. The document
 * is a file of the build, {@code openapi/tandem-api.json}: the tests generate it from the
 * controllers with springdoc and fail when the file differs (OpenApiDocumentTests), so
 * the application needs neither springdoc nor its reflection at run time.
 */
@Controller
class ApiDocs {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final byte[] document = read("openapi/tandem-api.json");

	private final byte[] page = read("openapi/index.html");

	@GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> document() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.document);
	}

	@GetMapping(path = "/api-docs", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<byte[]> page() {
		return ResponseEntity.ok().contentType(HTML).body(this.page);
	}

	private static byte[] read(String path) {
		try {
			return new ClassPathResource(path).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The build did not package " + path, ex);
		}
	}

}
