package org.tandem.document.web;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.tandem.document.Document;
import org.tandem.document.DocumentComment;
import org.tandem.document.DocumentId;
import org.tandem.document.DocumentIntegrityException;
import org.tandem.document.DocumentRejectedException;
import org.tandem.document.Documents;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A pair's documents in the JSON API. Every answer is {@code no-store}; downloads also
 * carry {@code nosniff} and come as attachments.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents")
class DocumentApi {

	private static final String WHO = " Only the mentor and the mentee of the pairing reach its documents: anyone "
			+ "else, the program's committee and administrators included, gets 404.";

	private static final String FILE = " The file (multipart part `file`) must be a PDF, DOCX or ODT document by its "
			+ "content (its name and declared type do not count): 415 otherwise, 413 over 10 MB, 400 if empty. "
			+ "409 if the pairing is closed. Nothing is stored when the upload is refused.";

	private final Documents documents;

	DocumentApi(Documents documents) {
		this.documents = documents;
	}

	@PostMapping(path = "/pairings/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Share a document for review (the pair)",
			description = "Multipart: `file`, and `title` (optional: the file's name otherwise, at most 200 "
					+ "characters). The answer describes version 1." + FILE + WHO)
	ResponseEntity<DocumentJson> upload(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestPart(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String title) {
		Document document = this.documents.upload(id, me, title, UploadedFile.of(file));
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id())).body(DocumentJson.of(document));
	}

	@PostMapping(path = "/documents/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a new version of a document (the pair)",
			description = "Multipart: `file`. The answer describes the new version." + FILE + WHO)
	ResponseEntity<DocumentJson> addVersion(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id,
			@RequestPart(required = false) @Nullable MultipartFile file) {
		Document document = this.documents.addVersion(id, me, UploadedFile.of(file));
		return ResponseEntity
			.created(URI.create("/api/v1/documents/" + document.id() + "/content?version=" + document.versions()))
			.body(DocumentJson.of(document));
	}

	@GetMapping("/pairings/{id}/documents")
	@Operation(summary = "A pairing's documents, the most recently changed first",
			description = "Each with its latest version, its number of versions and of comments." + WHO)
	PageResponse<DocumentJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.documents.list(id, me, Paging.of(page, size)).documents().map(DocumentJson::of);
	}

	@GetMapping("/documents/{id}/content")
	@Operation(summary = "Download a version of a document",
			description = "The bytes of version `version` (the latest if omitted; 404 for a version that does not "
					+ "exist), with the type detected at upload, as an attachment. A version whose stored bytes "
					+ "fail their integrity check is refused with 500 before any byte is sent." + WHO)
	void content(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id,
			@RequestParam(required = false) @Nullable Integer version, HttpServletResponse response)
			throws IOException {
		Downloads.send(this.documents.content(id, me, version), response);
	}

	@PostMapping("/documents/{id}/comments")
	@Operation(summary = "Comment on a version of a document (the pair)",
			description = "body: required, at most 5000 characters; version: the version's number, the latest if "
					+ "omitted (400 if there is no such version). 409 if the pairing is closed." + WHO)
	ResponseEntity<DocumentCommentJson> comment(@AuthenticationPrincipal TandemPrincipal me,
			@PathVariable DocumentId id, @RequestBody DocumentCommentJson.Input request) {
		DocumentComment comment = this.documents.comment(id, me, request.body(), request.version());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/comments"))
			.body(DocumentCommentJson.of(comment));
	}

	@GetMapping("/documents/{id}/comments")
	@Operation(summary = "A document's comments on all its versions, oldest first", description = WHO)
	PageResponse<DocumentCommentJson> comments(@AuthenticationPrincipal TandemPrincipal me, @PathVariable DocumentId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.documents.comments(id, me, Paging.of(page, size)).map(DocumentCommentJson::of);
	}

	@ExceptionHandler(DocumentRejectedException.class)
	ProblemDetail rejected(DocumentRejectedException ex) {
		return switch (ex.reason()) {
			case TOO_LARGE -> problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", ex.getMessage());
			case UNSUPPORTED_TYPE ->
				problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", ex.getMessage());
		};
	}

	@ExceptionHandler(DocumentIntegrityException.class)
	ProblemDetail damaged(DocumentIntegrityException ex) {
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Document damaged",
				"The stored document failed its integrity check, so it is not sent.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
