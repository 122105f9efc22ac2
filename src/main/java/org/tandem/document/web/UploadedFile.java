package org.tandem.document.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;
import org.tandem.document.DocumentFile;

import org.springframework.web.multipart.MultipartFile;

/**
 * A multipart file part as a {@link DocumentFile}. The part stays in memory (the
 * multipart threshold is above the largest upload), so its bytes never land unencrypted
 * in a temporary file, and it can be read more than once.
 * <p>
 * The size is read once, after the content: Tomcat copies an in-memory part's bytes for
 * every {@code getSize()} until its content has been read once, after which both are
 * free. Reading it in the other order cost a copy of the file per call (measured: five
 * copies, 50 MB, for a 10 MB upload).
 */
record UploadedFile(MultipartFile part, long size) implements DocumentFile {

	/**
	 * The part, or {@code null} when none was sent or a browser sent the empty part of a
	 * file input left blank.
	 */
	static @Nullable DocumentFile of(@Nullable MultipartFile part) {
		if (part == null) {
			return null;
		}
		try {
			part.getInputStream().close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be read", ex);
		}
		long size = part.getSize();
		String name = part.getOriginalFilename();
		if (size == 0 && (name == null || name.isBlank())) {
			return null;
		}
		return new UploadedFile(part, size);
	}

	@Override
	public @Nullable String name() {
		return this.part.getOriginalFilename();
	}

	@Override
	public InputStream open() throws IOException {
		return this.part.getInputStream();
	}

	@Override
	public String toString() {
		// keeps the file's name, the pair's text, out of logs
		return "UploadedFile[size=" + this.size + "]";
	}

}
