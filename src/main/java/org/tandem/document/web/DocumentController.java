package org.tandem.document.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.document.Document;
import org.tandem.document.DocumentId;
import org.tandem.document.DocumentRejectedException;
import org.tandem.document.Documents;
import org.tandem.document.Documents.DocumentDetail;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pair's documents page (the list and a form to share one), a document's page (its
 * versions, a form for a new version, comments per version) and downloads. To anyone
 * outside the pair these pages do not exist.
 */
@HtmlController
class DocumentController {

	static final int PAGE_SIZE = 20;

	private static final String CLOSED = "This pairing is closed: its documents stay readable but no longer change.";

	private final Documents documents;

	private final People people;

	private final FormValidation validation;

	DocumentController(Documents documents, People people, FormValidation validation) {
		this.documents = documents;
		this.people = people;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/documents")
	String list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable String page, Model model) {
		return renderList(me, id, Pager.pageNumber(page), UploadForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/pairings/{id}/documents")
	String upload(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") UploadForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		int status = HttpServletResponse.SC_BAD_REQUEST;
		if (errors.isEmpty()) {
			try {
				Document document = this.documents.upload(id, me, form.title(), UploadedFile.of(file));
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your document is shared with your partner.");
				return "redirect:/documents/" + document.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (DocumentRejectedException ex) {
				errors = FormErrors.none().with("file", message(ex));
				status = status(ex);
			}
		}
		response.setStatus(status);
		return renderList(me, id, 0, form, errors, model);
	}

	@GetMapping("/documents/{id}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id, Model model) {
		return renderDocument(me, id, null, FormErrors.none(), FormErrors.none(), model);
	}

	@PostMapping("/documents/{id}/versions")
	String addVersion(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id,
			@RequestParam(required = false) @Nullable MultipartFile file, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		FormErrors errors;
		int status = HttpServletResponse.SC_BAD_REQUEST;
		try {
			Document document = this.documents.addVersion(id, me, UploadedFile.of(file));
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
					"Version " + document.versions() + " is shared with your partner.");
			return "redirect:/documents/" + id;
		}
		catch (InvalidInputException ex) {
			errors = FormErrors.of(ex.errors());
		}
		catch (DocumentRejectedException ex) {
			errors = FormErrors.none().with("file", message(ex));
			status = status(ex);
		}
		response.setStatus(status);
		return renderDocument(me, id, null, errors, FormErrors.none(), model);
	}

	@PostMapping("/documents/{id}/comments")
	String comment(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id,
			@Valid @ModelAttribute("form") CommentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.documents.comment(id, me, form.body(), form.version());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your comment is saved.");
				return "redirect:/documents/" + id + "#version-" + form.version();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return renderDocument(me, id, form, FormErrors.none(), errors, model);
	}

	@GetMapping("/documents/{id}/download")
	void download(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id,
			@RequestParam(required = false) @Nullable Integer version, HttpServletResponse response)
			throws IOException {
		Downloads.send(this.documents.content(id, me, version), response);
	}

	private String renderList(TandemPrincipal me, PairingId id, int page, UploadForm form, FormErrors errors,
			Model model) {
		Documents.DocumentPage found = this.documents.list(id, me, new Paging(page, PAGE_SIZE));
		Pairing pairing = found.pairing();
		if (pairing.closed() && !errors.isEmpty()) {
			// a closed pairing shows no form to correct
			throw new ConflictException(CLOSED);
		}
		model.addAttribute("view", new DocumentsPageView(id.value(), pairing.closed(), found.documents().items(),
				found.documents().total(), Pager.of(found.documents(), "/pairings/" + id + "/documents")));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "document/documents";
	}

	private String renderDocument(TandemPrincipal me, DocumentId id, @Nullable CommentForm comment,
			FormErrors versionErrors, FormErrors commentErrors, Model model) {
		DocumentDetail detail = this.documents.read(id, me);
		if (detail.closed() && !(versionErrors.isEmpty() && commentErrors.isEmpty())) {
			throw new ConflictException(CLOSED);
		}
		model.addAttribute("view", new DocumentPageView(detail, me.personId(), partnerName(detail, me)));
		model.addAttribute("comment", comment);
		model.addAttribute("versionErrors", versionErrors);
		model.addAttribute("commentErrors", commentErrors);
		return "document/document";
	}

	private String partnerName(DocumentDetail detail, TandemPrincipal me) {
		return this.people.find(new PersonId(detail.partnerOf(me.personId()))).map(Person::name).orElse("your partner");
	}

	private static String message(DocumentRejectedException ex) {
		return switch (ex.reason()) {
			case TOO_LARGE -> "is larger than 10 MB. Share a smaller file.";
			case UNSUPPORTED_TYPE -> "is not a PDF, Word (DOCX) or OpenDocument text (ODT) document.";
		};
	}

	private static int status(DocumentRejectedException ex) {
		return switch (ex.reason()) {
			case TOO_LARGE -> 413;
			case UNSUPPORTED_TYPE -> HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
		};
	}

}
