package org.tandem.export.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.tandem.audit.Audited;
import org.tandem.export.ExportFormat;
import org.tandem.export.ExportKind;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /programs/{id}/exports}: the committee's page of exports, and the same files as
 * the API's downloaded with the session.
 */
@HtmlController
class ExportController {

	private final Programs programs;

	private final ExportDownloads downloads;

	ExportController(Programs programs, ExportDownloads downloads) {
		this.programs = programs;
		this.downloads = downloads;
	}

	@GetMapping("/programs/{id}/exports")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		model.addAttribute("page", ExportsPage.of(this.programs.managedBy(id, me)));
		return "export/exports";
	}

	@GetMapping("/programs/{id}/export/pairings.csv")
	@Audited(value = "program.export.pairings", target = "program {id}")
	void pairingsCsv(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(defaultValue = "false") boolean bom, HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PAIRINGS, ExportFormat.CSV, bom, response);
	}

	@GetMapping("/programs/{id}/export/pairings.json")
	@Audited(value = "program.export.pairings", target = "program {id}")
	void pairingsJson(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PAIRINGS, ExportFormat.JSON, false, response);
	}

	@GetMapping("/programs/{id}/export/meetings.csv")
	@Audited(value = "program.export.meetings", target = "program {id}")
	void meetingsCsv(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(defaultValue = "false") boolean bom, HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.MEETINGS, ExportFormat.CSV, bom, response);
	}

	@GetMapping("/programs/{id}/export/meetings.json")
	@Audited(value = "program.export.meetings", target = "program {id}")
	void meetingsJson(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.MEETINGS, ExportFormat.JSON, false, response);
	}

	@GetMapping("/programs/{id}/export/participants.csv")
	@Audited(value = "program.export.participants", target = "program {id}")
	void participantsCsv(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(defaultValue = "false") boolean bom, HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PARTICIPANTS, ExportFormat.CSV, bom, response);
	}

	@GetMapping("/programs/{id}/export/participants.json")
	@Audited(value = "program.export.participants", target = "program {id}")
	void participantsJson(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			HttpServletResponse response) throws IOException {
		this.downloads.send(id, me, ExportKind.PARTICIPANTS, ExportFormat.JSON, false, response);
	}

}
