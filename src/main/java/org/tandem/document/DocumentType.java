package org.tandem.document;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of file a pair may share, as their content shows them (never as their name or
 * the browser claims).
 */
public enum DocumentType {

	PDF("application/pdf", "pdf", "PDF"),

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (DOCX)"),

	ODT("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text (ODT)");

	private final String mediaType;

	private final String extension;

	private final String label;

	DocumentType(String mediaType, String extension, String label) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.label = label;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String label() {
		return this.label;
	}

	static @Nullable DocumentType ofMediaType(String mediaType) {
		for (DocumentType type : values()) {
			if (type.mediaType.equals(mediaType)) {
				return type;
			}
		}
		return null;
	}

}
