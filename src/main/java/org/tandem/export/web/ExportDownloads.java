package org.tandem.export.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.tandem.export.Export;
import org.tandem.export.ExportFormat;
import org.tandem.export.ExportKind;
import org.tandem.export.ProgramExports;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends an export as a file download: the one implementation behind the API's routes
 * (bearer token) and the pages' (session). The access check runs before any header is
 * set, so a refused caller gets the usual 403 or 404.
 */
@Component
class ExportDownloads {

	private final ProgramExports exports;

	ExportDownloads(ProgramExports exports) {
		this.exports = exports;
	}

	void send(ProgramId id, TandemPrincipal me, ExportKind kind, ExportFormat format, boolean bom,
			HttpServletResponse response) throws IOException {
		Export export = this.exports.prepare(id, me, kind, format, bom);
		response.setContentType(export.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(export.fileName()).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.exports.write(export, response.getOutputStream());
	}

}
