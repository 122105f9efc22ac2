package org.tandem.document;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded file as the web layer received it, not yet checked. {@link #open} may be
 * called more than once: the type is checked from the content before it is stored.
 */
public interface DocumentFile {

	/** The name the uploader's computer gave it, if any: the pair's text, kept secret. */
	@Nullable String name();

	/** Its length in bytes. */
	long size();

	/** Its bytes from the start. */
	InputStream open() throws IOException;

}
