package org.tandem.export.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.tandem.audit.Audited;
import org.tandem.export.ExportFormat;
import org.tandem.export.ExportKind;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/programs/{id}/export/...}: a program's pairings, meetings and
 * participants as CSV or JSON, for its committee and administrators.
 */
@RestController
@RequestMapping("/api/v1/programs/{id}/export")
@Tag(name = "Exports")
class ExportApi {

	private static final String RULES = " Metadata only: nothing a pair wrote. CSV is RFC 4180 in UTF-8 (CRLF, cells "
			+ "with commas, quotes or line breaks quoted, quotes doubled) with a header row of the same camelCase "
			+ "names as the JSON fields; a cell starting with =, +, -, @, a tab or a carriage return gets a single "
			+ "quote (') in front so that spreadsheets do not run it as a formula. bom=true starts the CSV with a "
			+ "UTF-8 byte order mark, which Excel needs to read accents. JSON is an array of objects with the values "
			+ "unchanged. Times are in the caller's time zone. 403 for participants of the program, 404 for anyone "
			+ "who cannot see it. Audited.";

	private static final String BOM = "true: start the CSV with a UTF-8 byte order mark (for Excel)";

	private final ExportDownloads downloads;

	ExportApi(ExportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/pairings.csv")
	@Audited(value = "program.export.pairings", target = "program {id}")
	@Operation(summary = "Export the pairings as CSV (committee and administrators)",
			description = "Columns: id, mentorName, mentorEmail, menteeName, menteeEmail, status, startedOn, "
					+ "closedOn, cadenceState, firstContactOn, lastContactOn, meetingsHeld." + RULES,
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
	void pairingsCsv(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Parameter(description = BOM) @RequestParam(defaultValue = "false") boolean bom,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PAIRINGS, ExportFormat.CSV, bom, response);
	}

	@GetMapping("/pairings.json")
	@Audited(value = "program.export.pairings", target = "program {id}")
	@Operation(summary = "Export the pairings as JSON (committee and administrators)",
			description = "The fields of pairings.csv." + RULES,
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json")))
	void pairingsJson(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PAIRINGS, ExportFormat.JSON, false, response);
	}

	@GetMapping("/meetings.csv")
	@Audited(value = "program.export.meetings", target = "program {id}")
	@Operation(summary = "Export the meetings as CSV (committee and administrators)",
			description = "Columns: id, pairingId, occurredOn, scheduledAt, format, status, durationMinutes; never "
					+ "a meeting's place, agenda or notes." + RULES,
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
	void meetingsCsv(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Parameter(description = BOM) @RequestParam(defaultValue = "false") boolean bom,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.MEETINGS, ExportFormat.CSV, bom, response);
	}

	@GetMapping("/meetings.json")
	@Audited(value = "program.export.meetings", target = "program {id}")
	@Operation(summary = "Export the meetings as JSON (committee and administrators)",
			description = "The fields of meetings.csv." + RULES,
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json")))
	void meetingsJson(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.MEETINGS, ExportFormat.JSON, false, response);
	}

	@GetMapping("/participants.csv")
	@Audited(value = "program.export.participants", target = "program {id}")
	@Operation(summary = "Export the participants as CSV (committee and administrators)",
			description = "Columns: personId, name, email, department, role, status, capacity, enrolledOn; "
					+ "one row per role a person has in the program." + RULES,
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
	void participantsCsv(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Parameter(description = BOM) @RequestParam(defaultValue = "false") boolean bom,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PARTICIPANTS, ExportFormat.CSV, bom, response);
	}

	@GetMapping("/participants.json")
	@Audited(value = "program.export.participants", target = "program {id}")
	@Operation(summary = "Export the participants as JSON (committee and administrators)",
			description = "The fields of participants.csv." + RULES,
			responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json")))
	void participantsJson(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PARTICIPANTS, ExportFormat.JSON, false, response);
	}

}
