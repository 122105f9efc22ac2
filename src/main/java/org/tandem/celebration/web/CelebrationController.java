package org.tandem.celebration.web;

import org.tandem.celebration.Celebration;
import org.tandem.celebration.Celebrations;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /programs/{id}/celebration}: the program's year-end celebration, for everyone
 * who belongs to the program; printable, and as a PDF.
 */
@HtmlController
class CelebrationController {

	private final Celebrations celebrations;

	CelebrationController(Celebrations celebrations) {
		this.celebrations = celebrations;
	}

	@GetMapping("/programs/{id}/celebration")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		model.addAttribute("celebration", this.celebrations.of(id, me));
		return "celebration/celebration";
	}

	@GetMapping("/programs/{id}/celebration.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		Celebration celebration = this.celebrations.of(id, me);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("celebration.pdf").build().toString())
			.body(CelebrationPdf.render(celebration));
	}

}
