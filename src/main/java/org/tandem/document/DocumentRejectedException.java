package org.tandem.document;

/**
 * An upload that Tandem does not store: too large or not a PDF, DOCX or ODT file. The
 * message says which and never repeats anything of the file.
 */
public class DocumentRejectedException extends RuntimeException {

	private final Reason reason;

	DocumentRejectedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/**
	 * Why an upload was refused.
	 */
	public enum Reason {

		/** Over {@value Documents#MAX_BYTES} bytes (HTTP 413). */
		TOO_LARGE,
		/** Not a PDF, DOCX or ODT file by its content (HTTP 415). */
		UNSUPPORTED_TYPE

	}

}
