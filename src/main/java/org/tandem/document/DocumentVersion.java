package org.tandem.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One uploaded version of a {@link Document}, numbered from 1. The file name is
 * {@code null} when its ciphertext is not authentic for this version.
 *
 * @param chunks how many encrypted chunks hold its bytes
 */
public record DocumentVersion(UUID id, DocumentId documentId, int number, DocumentType type, long size, int chunks,
		@Nullable String fileName, UUID uploadedBy, Instant uploadedAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "DocumentVersion[id=" + this.id + ", number=" + this.number + ", type=" + this.type + "]";
	}

	/**
	 * A file name safe for a {@code Content-Disposition} header: the uploaded name's
	 * letters, digits, spaces, dots, dashes and underscores (anything else becomes
	 * {@code _}), at most 80 characters, with the extension of the detected type.
	 */
	public String safeFileName() {
		String base = (this.fileName != null) ? this.fileName : "";
		int dot = base.lastIndexOf('.');
		if (dot > 0) {
			base = base.substring(0, dot);
		}
		base = base.replaceAll("[^A-Za-z0-9 ._-]", "_").replaceAll("_{2,}", "_").strip();
		base = base.replaceAll("^[.\\s]+", "");
		if (base.length() > 80) {
			base = base.substring(0, 80).strip();
		}
		if (base.isEmpty() || base.matches("_+")) {
			base = "document";
		}
		return base + "-v" + this.number + "." + this.type.extension();
	}

	/** The size for people: bytes, KB or MB. */
	public String displaySize() {
		if (this.size < 1024) {
			return this.size + " bytes";
		}
		if (this.size < 1024 * 1024) {
			return Math.round(this.size / 1024.0) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", this.size / (1024.0 * 1024.0));
	}

}
