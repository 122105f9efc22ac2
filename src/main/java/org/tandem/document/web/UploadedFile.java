package org.tandem.document.web;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.tandem.document.DocumentFile;

import org.springframework.web.multipart.MultipartFile;

/**
 * A multipart file part as a {@link DocumentFile}. The part stays in memory (the
 * multipart threshold is above the largest upload), so its bytes never land unencrypted
 * in a temporary file, and it can be read more than once.
 */
record UploadedFile(MultipartFile part) implements DocumentFile {

	/**
	 * The part, or {@code null} when none was sent or a browser sent the empty part of a
	 * file input left blank.
	 */
	static @Nullable DocumentFile of(@Nullable MultipartFile part) {
		if (part == null) {
			return null;
		}
		String name = part.getOriginalFilename();
		if (part.isEmpty() && (name == null || name.isBlank())) {
			return null;
		}
		return new UploadedFile(part);
	}

	@Override
	public @Nullable String name() {
		return this.part.getOriginalFilename();
	}

	@Override
	public long size() {
		return this.part.getSize();
	}

	@Override
	public InputStream open() throws IOException {
		return this.part.getInputStream();
	}

	@Override
	public String toString() {
		// keeps the file's name, the pair's text, out of logs
		return "UploadedFile[size=" + this.part.getSize() + "]";
	}

}
