package org.tandem.celebration.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.tandem.celebration.Celebration;
import org.tandem.celebration.Idea;
import org.tandem.celebration.PlaceCount;
import org.tandem.feedback.KudosBoard;
import org.tandem.program.MeetingFormat;

/**
 * The celebration as a PDF document, laid out by OpenPDF: the same figures, formats,
 * places, shared kudos and featured ideas as the page, nothing more.
 */
final class CelebrationPdf {

	// Liberation Sans (in src/main/resources/fonts, with its licence), embedded: the
	// built-in Helvetica knows Western European letters only, names and kudos need more
	private static final BaseFont REGULAR = font("fonts/LiberationSans-Regular.ttf");

	private static final BaseFont BOLD = font("fonts/LiberationSans-Bold.ttf");

	private static final BaseFont ITALIC = font("fonts/LiberationSans-Italic.ttf");

	private static final Font TITLE = new Font(BOLD, 20);

	private static final Font HEADING = new Font(BOLD, 14);

	private static final Font TEXT = new Font(REGULAR, 11);

	private static final Font MUTED = new Font(ITALIC, 10);

	private CelebrationPdf() {
	}

	private static BaseFont font(String resource) {
		try {
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF font " + resource + " is missing from the application", ex);
		}
	}

	static byte[] render(Celebration celebration) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle("Celebration of " + celebration.program().name());
		document.addCreator("Tandem");
		document.open();
		document.add(new Paragraph("Celebration of " + celebration.program().name(), TITLE));
		document.add(new Paragraph("Term " + celebration.program().startsOn() + " to " + celebration.program().endsOn(),
				MUTED));
		heading(document, "What the pairs achieved");
		PdfPTable figures = table(2);
		row(figures, "Pairs", celebration.pairs());
		row(figures, "Meetings held", celebration.meetingsHeld());
		row(figures, "Activities completed", celebration.activitiesCompleted());
		row(figures, "Goals achieved", celebration.goalsAchieved());
		document.add(figures);
		heading(document, "Favourite formats");
		if (celebration.formats().isEmpty()) {
			document.add(new Paragraph("No meeting has been held yet.", MUTED));
		}
		else {
			PdfPTable formats = table(2);
			for (Map.Entry<MeetingFormat, Long> format : celebration.formats().entrySet()) {
				row(formats, format.getKey().label(), format.getValue());
			}
			document.add(formats);
		}
		heading(document, "Favourite places");
		if (celebration.places().isEmpty()) {
			document
				.add(new Paragraph("No meeting has been held at one of the program's suggested places yet.", MUTED));
		}
		else {
			PdfPTable places = table(2);
			for (PlaceCount place : celebration.places()) {
				row(places, place.name(), place.meetings());
			}
			document.add(places);
		}
		heading(document, "Kudos shared with the program");
		if (celebration.kudos().isEmpty()) {
			document.add(new Paragraph("No kudos have been shared yet.", MUTED));
		}
		for (KudosBoard.Shared kudos : celebration.kudos()) {
			Paragraph paragraph = new Paragraph("\u201c" + kudos.body() + "\u201d", TEXT);
			paragraph.setSpacingAfter(6);
			document.add(paragraph);
		}
		heading(document, "Featured ideas");
		if (celebration.featuredIdeas().isEmpty()) {
			document.add(new Paragraph("The committee has not featured an idea yet.", MUTED));
		}
		for (Idea idea : celebration.featuredIdeas()) {
			document.add(new Paragraph(idea.title() + " (" + votes(idea.votes()) + ")", TEXT));
		}
		document.close();
		return out.toByteArray();
	}

	private static void heading(Document document, String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(16);
		heading.setSpacingAfter(6);
		document.add(heading);
	}

	private static PdfPTable table(int columns) {
		PdfPTable table = new PdfPTable(columns);
		table.setWidthPercentage(100);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		return table;
	}

	private static void row(PdfPTable table, String label, long value) {
		table.addCell(new Paragraph(label, TEXT));
		table.addCell(new Paragraph(Long.toString(value), TEXT));
	}

	private static String votes(long votes) {
		return (votes == 1) ? "1 vote" : votes + " votes";
	}

}
