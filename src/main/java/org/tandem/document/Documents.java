package org.tandem.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents a pair shares for review. Only the pairing's mentor and mentee upload,
 * read, download and comment on them; to anyone else, the program's committee and
 * administrators included, they do not exist (404). A closed pairing's documents stay
 * readable to the pair and change no more (409). An upload is stored only if it is a PDF,
 * DOCX or ODT file by its content, not empty and at most {@value #MAX_BYTES} bytes; a
 * refused upload leaves nothing behind.
 */
@Service
public class Documents {

	/** The largest file accepted: 10 MiB. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The most documents {@link #ofPairing} gives at once. */
	public static final int WORKSPACE_MAX = 50;

	static final int VERSIONS_SHOWN = 100;

	static final int COMMENTS_SHOWN = 500;

	private static final String CLOSED = "This pairing is closed: its documents stay readable but no longer change.";

	private final Pairings pairings;

	private final DocumentRepository documents;

	private final DocumentChunks chunks;

	private final Clock clock;

	Documents(Pairings pairings, DocumentRepository documents, DocumentChunks chunks, Clock clock) {
		this.pairings = pairings;
		this.documents = documents;
		this.chunks = chunks;
		this.clock = clock;
	}

	/**
	 * Shares a new document in the pairing, as its version 1.
	 * @param title the title, or {@code null} for the file's name
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException if there is no file, it is empty, or the title breaks
	 * a rule
	 * @throws DocumentRejectedException if the file is too large or of another type
	 */
	@Transactional
	public Document upload(PairingId id, TandemPrincipal me, @Nullable String title, @Nullable DocumentFile file) {
		member(id, me);
		this.pairings.lockActive(id, me, CLOSED);
		DocumentType type = check(file);
		String storedTitle = DocumentRules.title(title, file.name());
		Instant now = this.clock.instant();
		DocumentId documentId = new DocumentId(UUID.randomUUID());
		this.documents.insert(documentId, id, me.personId(), storedTitle, now);
		store(documentId, id, 1, type, file, me, now);
		return found(documentId, me);
	}

	/**
	 * Adds a version to the document, numbered after the latest.
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException if there is no file or it is empty
	 * @throws DocumentRejectedException if the file is too large or of another type
	 */
	@Transactional
	public Document addVersion(DocumentId id, TandemPrincipal me, @Nullable DocumentFile file) {
		Document document = found(id, me);
		// every change of the pairing's documents happens under its row's lock: versions
		// are numbered without gaps or doubles, and nothing lands on a closed pairing
		this.pairings.lockActive(document.pairingId(), me, CLOSED);
		DocumentType type = check(file);
		Document current = found(id, me);
		store(id, current.pairingId(), current.versions() + 1, type, file, me, this.clock.instant());
		return found(id, me);
	}

	/**
	 * The pairing's documents, the most recently changed first.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public DocumentPage list(PairingId id, TandemPrincipal me, Paging paging) {
		Pairing pairing = member(id, me);
		List<Document> items = this.documents.page(id, paging.size(), paging.offset()).get();
		return new DocumentPage(pairing,
				new PageResponse<>(items, paging.page(), paging.size(), this.documents.count(id)));
	}

	/**
	 * The pairing's most recently changed documents with their latest version and comment
	 * count, for a page that shows them beside the pair's other work, read with its other
	 * reads when first asked for.
	 * @param limit how many at most, 1 to {@value #WORKSPACE_MAX}
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	public Supplier<List<Document>> ofPairing(PairingId id, TandemPrincipal me, int limit) {
		if (limit < 1 || limit > WORKSPACE_MAX) {
			throw new IllegalArgumentException("limit must be between 1 and " + WORKSPACE_MAX);
		}
		member(id, me);
		return this.documents.page(id, limit, 0);
	}

	/**
	 * The document with its versions (newest first, at most {@value #VERSIONS_SHOWN}) and
	 * comments (oldest first, at most {@value #COMMENTS_SHOWN}).
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public DocumentDetail read(DocumentId id, TandemPrincipal me) {
		Document document = found(id, me);
		Pairing pairing = member(document.pairingId(), me);
		return new DocumentDetail(document, pairing, this.documents.versions(id, document.pairingId(), VERSIONS_SHOWN),
				this.documents.comments(id, document.pairingId(), COMMENTS_SHOWN, 0));
	}

	/**
	 * The bytes of a version, checked whole before they are handed out.
	 * @param version its number, or {@code null} for the latest
	 * @throws NotFoundException unless the caller is one of the pair, or if there is no
	 * such version
	 * @throws DocumentIntegrityException if the stored bytes were tampered with
	 */
	public DocumentContent content(DocumentId id, TandemPrincipal me, @Nullable Integer version) {
		Document document = found(id, me);
		DocumentVersion chosen = (version == null) ? document.latest()
				: this.documents.version(id, document.pairingId(), version)
					.orElseThrow(() -> new NotFoundException("No such version of this document."));
		this.chunks.verify(chosen, document.pairingId());
		return new DocumentContent(chosen, document.pairingId(), this.chunks);
	}

	/**
	 * Comments on a version of the document.
	 * @param version its number, or {@code null} for the latest
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException if the body breaks a rule or there is no such version
	 */
	@Transactional
	public DocumentComment comment(DocumentId id, TandemPrincipal me, @Nullable String body,
			@Nullable Integer version) {
		Document document = found(id, me);
		this.pairings.lockActive(document.pairingId(), me, CLOSED);
		String stored = DocumentRules.comment(body);
		int number = (version != null) ? version : document.versions();
		if (number < 1 || number > document.versions()) {
			throw new InvalidInputException("version", "is not a version of this document");
		}
		DocumentComment comment = new DocumentComment(UUID.randomUUID(), id, number, me.personId(), stored,
				this.clock.instant());
		this.documents.insertComment(comment, document.pairingId());
		return comment;
	}

	/**
	 * The document's comments on all its versions, oldest first.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public PageResponse<DocumentComment> comments(DocumentId id, TandemPrincipal me, Paging paging) {
		Document document = found(id, me);
		return new PageResponse<>(this.documents.comments(id, document.pairingId(), paging.size(), paging.offset()),
				paging.page(), paging.size(), this.documents.commentCount(id));
	}

	/**
	 * The file's type, if it is one Tandem stores.
	 */
	private static DocumentType check(@Nullable DocumentFile file) {
		if (file == null) {
			throw new InvalidInputException("file", "is required: choose a PDF, DOCX or ODT file");
		}
		if (file.size() == 0) {
			throw new InvalidInputException("file", "is empty");
		}
		if (file.size() > MAX_BYTES) {
			throw new DocumentRejectedException(DocumentRejectedException.Reason.TOO_LARGE,
					"The file is larger than 10 MB.");
		}
		return DocumentInspector.typeOf(file);
	}

	private void store(DocumentId documentId, PairingId pairing, int number, DocumentType type, DocumentFile file,
			TandemPrincipal me, Instant now) {
		DocumentVersion version = new DocumentVersion(UUID.randomUUID(), documentId, number, type, file.size(),
				DocumentChunks.count(file.size()), DocumentRules.fileName(file.name()), me.personId(), now);
		this.documents.insertVersion(version, pairing);
		try (InputStream in = file.open()) {
			this.chunks.write(version.id(), pairing, file.size(), in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The upload could not be read", ex);
		}
	}

	/**
	 * The pairing, if the caller is its mentor or mentee; to anyone else it has no
	 * documents to show, so it does not exist.
	 */
	private Pairing member(PairingId id, TandemPrincipal me) {
		return this.pairings.find(id)
			.filter((pairing) -> pairing.hasMember(me.personId()))
			.orElseThrow(() -> new NotFoundException("No such pairing."));
	}

	private Document found(DocumentId id, TandemPrincipal me) {
		return this.documents.readable(id, me.personId()).orElseThrow(() -> new NotFoundException("No such document."));
	}

	/**
	 * A page of the pairing's documents and the pairing they belong to.
	 */
	public record DocumentPage(Pairing pairing, PageResponse<Document> documents) {

	}

	/**
	 * A document with its pairing, versions and comments.
	 */
	public record DocumentDetail(Document document, Pairing pairing, List<DocumentVersion> versions,
			List<DocumentComment> comments) {

		public boolean closed() {
			return this.pairing.closed();
		}

		/** The other one of the pair. */
		public UUID partnerOf(UUID personId) {
			return this.pairing.partnerOf(personId);
		}

		/** The comments on one version, oldest first. */
		public List<DocumentComment> commentsOn(int version) {
			return this.comments.stream().filter((comment) -> comment.version() == version).toList();
		}

	}

}
