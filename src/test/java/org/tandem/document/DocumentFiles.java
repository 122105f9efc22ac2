package org.tandem.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Real, small files of each kind, written by hand: a PDF with one page of text, a DOCX
 * and an ODT whose text is stored uncompressed (so that it would show in the clear if it
 * were stored so), and things that are not documents.
 */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	/**
	 * A valid one-page PDF showing {@code text}, padded with a comment to {@code padding}
	 * bytes more.
	 */
	static byte[] pdf(String text, int padding) {
		String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		if (padding > 0) {
			StringBuilder pad = new StringBuilder();
			while (pad.length() < padding) {
				pad.append("% padding line ").append(pad.length()).append('\n');
			}
			pdf.append(pad);
		}
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] pdf(String text) {
		return pdf(text, 0);
	}

	/** A minimal WordprocessingML document with one paragraph of {@code text}. */
	static byte[] docx(String text) {
		return zip(new Entry("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
				<Default Extension="xml" ContentType="application/xml"/>
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
				</Types>""", false), new Entry("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="word/document.xml"/>
				</Relationships>""", false), new Entry("word/document.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>""".formatted(text), true));
	}

	/** A minimal OpenDocument text with one paragraph of {@code text}. */
	static byte[] odt(String text) {
		return zip(new Entry("mimetype", "application/vnd.oasis.opendocument.text", true),
				new Entry("META-INF/manifest.xml", """
						<?xml version="1.0" encoding="UTF-8"?>
						<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
						manifest:version="1.2">
						<manifest:file-entry manifest:full-path="/" \
						manifest:media-type="application/vnd.oasis.opendocument.text"/>
						<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
						</manifest:manifest>""", false), new Entry("content.xml", """
						<?xml version="1.0" encoding="UTF-8"?>
						<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
						xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
						<office:body><office:text><text:p>%s</text:p></office:text></office:body>
						</office:document-content>""".formatted(text), true));
	}

	/** The start of a Linux executable. */
	static byte[] elf() {
		byte[] elf = new byte[4096];
		byte[] magic = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0 };
		System.arraycopy(magic, 0, elf, 0, magic.length);
		for (int i = magic.length; i < elf.length; i++) {
			elf[i] = (byte) (i * 31);
		}
		return elf;
	}

	static byte[] zip(Entry... entries) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Entry entry : entries) {
					byte[] content = entry.content();
					ZipEntry zipEntry = new ZipEntry(entry.name());
					if (entry.stored()) {
						CRC32 crc = new CRC32();
						crc.update(content);
						zipEntry.setMethod(ZipEntry.STORED);
						zipEntry.setSize(content.length);
						zipEntry.setCompressedSize(content.length);
						zipEntry.setCrc(crc.getValue());
					}
					zip.putNextEntry(zipEntry);
					zip.write(content);
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Entry(String name, byte[] content, boolean stored) {

		Entry(String name, String content, boolean stored) {
			this(name, content.getBytes(StandardCharsets.UTF_8), stored);
		}

	}

}
