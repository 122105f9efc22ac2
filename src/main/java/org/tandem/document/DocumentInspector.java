package org.tandem.document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a PDF, DOCX or ODT file from anything else by its content alone. Tika (core)
 * recognises a PDF; it sees DOCX and ODT files only as zip containers, so their entries
 * are checked here: a DOCX declares the WordprocessingML main document in
 * {@code [Content_Types].xml} and has {@code word/document.xml}; an ODT's first entry is
 * {@code mimetype} holding the OpenDocument text type. The zip is read as a stream, with
 * bounds on the entries and on the bytes inflated, so a zip bomb costs little.
 */
final class DocumentInspector {

	static final int MAX_ENTRIES = 2_000;

	static final long MAX_INFLATED = 64L * 1024 * 1024;

	private static final int MAX_CONTENT_TYPES = 256 * 1024;

	private static final Tika TIKA = new Tika();

	private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");

	private static final Pattern PART = Pattern.compile("\\sPartName\\s*=\\s*([\"'])/word/document\\.xml\\1");

	private static final Pattern MAIN = Pattern
		.compile("\\sContentType\\s*=\\s*([\"'])" + Pattern.quote(WORD_MAIN) + "\\1");

	private DocumentInspector() {
	}

	/**
	 * @throws DocumentRejectedException if the content is not a PDF, DOCX or ODT file
	 */
	static DocumentType typeOf(DocumentFile file) {
		try {
			MediaType detected;
			try (InputStream in = new BufferedInputStream(file.open())) {
				detected = MediaType.parse(TIKA.detect(in));
			}
			if (MediaType.application("pdf").equals(detected)) {
				return DocumentType.PDF;
			}
			if (detected != null && REGISTRY.isInstanceOf(detected, MediaType.APPLICATION_ZIP)) {
				try (ZipInputStream zip = new ZipInputStream(file.open())) {
					return zipType(zip);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// a damaged zip or a name that is no valid UTF-8: no document of ours
		}
		throw unsupported();
	}

	private static DocumentType zipType(ZipInputStream zip) throws IOException {
		Budget budget = new Budget();
		boolean first = true;
		boolean wordMain = false;
		boolean wordDocument = false;
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if (++budget.entries > MAX_ENTRIES) {
				throw unsupported();
			}
			String name = entry.getName();
			if (first && "mimetype".equals(name)) {
				String mimetype = new String(read(zip, 100, budget), StandardCharsets.US_ASCII);
				if (DocumentType.ODT.mediaType().equals(mimetype)) {
					return DocumentType.ODT;
				}
				throw unsupported();
			}
			first = false;
			if ("[Content_Types].xml".equals(name)) {
				wordMain = declaresWordMain(new String(read(zip, MAX_CONTENT_TYPES, budget), StandardCharsets.UTF_8));
			}
			else {
				wordDocument |= "word/document.xml".equals(name);
				skip(zip, budget);
			}
			if (wordMain && wordDocument) {
				return DocumentType.DOCX;
			}
		}
		throw unsupported();
	}

	private static boolean declaresWordMain(String contentTypes) {
		Matcher override = OVERRIDE.matcher(contentTypes);
		while (override.find()) {
			String tag = override.group();
			if (PART.matcher(tag).find() && MAIN.matcher(tag).find()) {
				return true;
			}
		}
		return false;
	}

	/** At most {@code limit} bytes of the current entry; a longer entry is refused. */
	private static byte[] read(ZipInputStream zip, int limit, Budget budget) throws IOException {
		byte[] bytes = zip.readNBytes(limit + 1);
		budget.inflate(bytes.length);
		if (bytes.length > limit) {
			throw unsupported();
		}
		return bytes;
	}

	private static void skip(ZipInputStream zip, Budget budget) throws IOException {
		byte[] scratch = new byte[8192];
		for (int n = zip.read(scratch); n >= 0; n = zip.read(scratch)) {
			budget.inflate(n);
		}
	}

	private static DocumentRejectedException unsupported() {
		return new DocumentRejectedException(DocumentRejectedException.Reason.UNSUPPORTED_TYPE,
				"The file is not a PDF, DOCX or ODT document.");
	}

	/** What reading the zip may cost. */
	private static final class Budget {

		int entries;

		long inflated;

		void inflate(long bytes) {
			this.inflated += bytes;
			if (this.inflated > MAX_INFLATED) {
				throw unsupported();
			}
		}

	}

}
