package org.tandem.person.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.person.ImportPreview;
import org.tandem.person.PeopleImport;
import org.tandem.person.PersonAccess;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing people from a CSV file: upload, a preview of every row with its problems, and
 * a confirmation that imports all or nothing. Between preview and confirmation the file
 * waits in the importer's session (not in the page), under a token that the confirmation
 * must present, so that what is confirmed is what was previewed.
 */
@HtmlController
class ImportController {

	static final long MAX_BYTES = 2L * 1024 * 1024;

	static final String CSV = "org.tandem.person.import.csv";

	static final String TOKEN = "org.tandem.person.import.token";

	private final PeopleImport imports;

	private final PersonAccess access;

	ImportController(PeopleImport imports, PersonAccess access) {
		this.imports = imports;
		this.access = access;
	}

	@GetMapping("/people/import")
	String form(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		this.access.requireManager(me);
		model.addAttribute("errors", FormErrors.none());
		return "person/import";
	}

	@PostMapping("/people/import")
	String preview(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(required = false) MultipartFile file,
			HttpSession session, Model model) throws IOException {
		this.access.requireManager(me);
		if (file == null || file.isEmpty()) {
			return formWithError("Choose a CSV file to import.", model);
		}
		if (file.getSize() > MAX_BYTES) {
			// the multipart limit is set for documents (10 MB); an import stays at 2 MB
			return formWithError("The file is larger than 2 MB. Split it into smaller files.", model);
		}
		String csv = decode(file.getBytes());
		if (csv == null) {
			return formWithError("is not UTF-8 text. In Excel, save it as \"CSV UTF-8\".", model);
		}
		String token = UUID.randomUUID().toString();
		session.setAttribute(CSV, csv);
		session.setAttribute(TOKEN, token);
		return showPreview(this.imports.preview(csv), token, model);
	}

	@Audited("person.import")
	@PostMapping("/people/import/confirm")
	String confirm(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(defaultValue = "") String token,
			HttpSession session, Model model, HttpServletRequest request) {
		this.access.requireManager(me);
		Object csv = session.getAttribute(CSV);
		if (!(csv instanceof String text) || !token.equals(session.getAttribute(TOKEN))) {
			return formWithError("The preview has expired or was replaced by another one. Upload the file again.",
					model);
		}
		PeopleImport.Outcome outcome;
		try {
			outcome = this.imports.importAll(text, me.personId(), me.admin());
		}
		catch (DuplicateKeyException ex) {
			// someone added one of these people since the check; the new preview shows
			// who
			request.setAttribute(Audited.NOTHING_DONE, Boolean.TRUE);
			return showPreview(this.imports.preview(text), token, model);
		}
		if (!outcome.written()) {
			request.setAttribute(Audited.NOTHING_DONE, Boolean.TRUE);
			return showPreview(outcome.preview(), token, model);
		}
		session.removeAttribute(CSV);
		session.removeAttribute(TOKEN);
		model.addAttribute("invitations", outcome.invitations());
		return "person/imported";
	}

	private String showPreview(ImportPreview preview, String token, Model model) {
		model.addAttribute("preview", preview);
		model.addAttribute("token", token);
		return "person/preview";
	}

	private String formWithError(String message, Model model) {
		model.addAttribute("errors", FormErrors.none().with("file", message));
		return "person/import";
	}

	/**
	 * The file as text, or {@code null} if it is not valid UTF-8 (a byte order mark is
	 * removed by the parser).
	 */
	static @Nullable String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

}
