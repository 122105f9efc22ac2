package org.tandem.document.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The title of the form that shares a document; the file comes as its own part. The
 * file's type, size and the title's characters are checked by
 * {@link org.tandem.document.Documents}, the same for the API.
 */
public record UploadForm(@Size(max = 200, message = "must be at most 200 characters long") @Nullable String title) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "UploadForm[]";
	}

	static UploadForm empty() {
		return new UploadForm("");
	}

	public String titleValue() {
		return (this.title != null) ? this.title : "";
	}

}
