package org.tandem.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.tandem.program.Program;

/**
 * One export about to be written: of which program, what, how, and for whom (the caller's
 * time zone dates the file and the times in it).
 *
 * @param program the program, which the caller manages
 * @param kind what is exported
 * @param format CSV or JSON
 * @param bom whether a CSV starts with a UTF-8 byte order mark, for Excel (ignored for
 * JSON)
 * @param zone the caller's time zone
 * @param today the day of the export in that zone
 */
public record Export(Program program, ExportKind kind, ExportFormat format, boolean bom, ZoneId zone, LocalDate today) {

	private static final int MAX_SLUG_LENGTH = 60;

	/**
	 * The file's name, ASCII only so that every browser and shell takes it as it is:
	 * {@code spring-mentoring-2026-pairings-2026-03-01.csv}.
	 */
	public String fileName() {
		return slug(this.program.name()) + "-" + this.kind.fileStem() + "-" + this.today + "."
				+ this.format.extension();
	}

	public String contentType() {
		return this.format.contentType();
	}

	/**
	 * The name in lower-case ASCII letters and digits joined by hyphens, accents dropped
	 * ({@code "Ménage à trois!"} is {@code menage-a-trois}); {@code program} when nothing
	 * is left.
	 */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_SLUG_LENGTH) {
			slug = slug.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "program" : slug;
	}

}
