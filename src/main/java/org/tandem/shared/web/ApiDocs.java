package org.tandem.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The JSON API's OpenAPI document at {@code /v3/api-docs}, open to anyone like the API's
 * contract ({@link ApiReferencePage} is its readable version). The document is a file of
 * the build, {@code openapi/tandem-api.json}: the tests generate it from the controllers
 * with springdoc and fail when the file differs (OpenApiDocumentTests), so the
 * application needs neither springdoc nor its reflection at run time.
 */
@Controller
class ApiDocs {

	private static final String DOCUMENT = "openapi/tandem-api.json";

	private final byte[] document = read();

	@GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> document() {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.document);
	}

	static byte[] read() {
		try {
			return new ClassPathResource(DOCUMENT).getContentAsByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The build did not package " + DOCUMENT, ex);
		}
	}

}
