package org.tandem.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.tandem.document.DocumentFiles.Entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The type comes from the content alone, and a zip is read within bounds.
 */
class DocumentInspectorTests {

	@Test
	void aPdfADocxAndAnOdtAreRecognisedByTheirContentWhateverTheirName() {
		assertThat(DocumentInspector.typeOf(file("cv.txt", DocumentFiles.pdf("Hello")))).isEqualTo(DocumentType.PDF);
		assertThat(DocumentInspector.typeOf(file("a.pdf", DocumentFiles.docx("Hello")))).isEqualTo(DocumentType.DOCX);
		assertThat(DocumentInspector.typeOf(file(null, DocumentFiles.odt("Hello")))).isEqualTo(DocumentType.ODT);
	}

	@Test
	void anythingElseIsRefusedAsUnsupported() {
		assertUnsupported(DocumentFiles.elf());
		assertUnsupported("just some text, named cv.pdf".getBytes(StandardCharsets.UTF_8));
		assertUnsupported("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));
		// a zip that is neither
		assertUnsupported(DocumentFiles.zip(new Entry("notes.txt", "hello", false)));
		// a DOCX-like zip without its main document, or declaring a macro-enabled one
		assertUnsupported(
				DocumentFiles.zip(new Entry("[Content_Types].xml",
						"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/"
								+ "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
						false)));
		assertUnsupported(DocumentFiles.zip(new Entry("[Content_Types].xml",
				"<Types><Override PartName=\"/word/document.xml\" "
						+ "ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>",
				false), new Entry("word/document.xml", "<w:document/>", false)));
		// an OpenDocument spreadsheet, and an ODT whose mimetype is not its first entry
		assertUnsupported(
				DocumentFiles.zip(new Entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet", true)));
		assertUnsupported(DocumentFiles.zip(new Entry("content.xml", "<x/>", false),
				new Entry("mimetype", "application/vnd.oasis.opendocument.text", true)));
		// a truncated DOCX
		byte[] docx = DocumentFiles.docx("Hello");
		assertUnsupported(java.util.Arrays.copyOf(docx, docx.length / 2));
	}

	@Test
	void aZipBombIsRefusedWithoutInflatingItAll() {
		// 200 MB of zeros deflate to about 200 KB; the inspector stops after 64 MB
		byte[] zeros = new byte[1024 * 1024];
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			entries.add(new Entry("zeros/" + i, zeros, false));
		}
		entries.add(new Entry("word/document.xml", "<w:document/>", false));
		byte[] bomb = DocumentFiles.zip(entries.toArray(Entry[]::new));
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		assertUnsupported(bomb);
	}

	@Test
	void aZipOfTooManyEntriesIsRefused() {
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i <= DocumentInspector.MAX_ENTRIES; i++) {
			entries.add(new Entry("e" + i, "", false));
		}
		assertUnsupported(DocumentFiles.zip(entries.toArray(Entry[]::new)));
	}

	private static void assertUnsupported(byte[] bytes) {
		assertThatThrownBy(() -> DocumentInspector.typeOf(file("cv.pdf", bytes))).isInstanceOfSatisfying(
				DocumentRejectedException.class,
				(ex) -> assertThat(ex.reason()).isEqualTo(DocumentRejectedException.Reason.UNSUPPORTED_TYPE));
	}

	static DocumentFile file(@Nullable String name, byte[] bytes) {
		return new DocumentFile() {

			@Override
			public @Nullable String name() {
				return name;
			}

			@Override
			public long size() {
				return bytes.length;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}

		};
	}

}
