package org.tandem.document;

import java.io.IOException;
import java.io.OutputStream;

import org.tandem.pairing.PairingId;

/**
 * The bytes of one version, ready to be sent: every chunk has been authenticated once
 * before anything is written, so a changed, moved, reordered or missing chunk fails
 * before the first byte leaves, and the bytes are then decrypted again chunk by chunk
 * while they are written, never held whole in memory.
 */
public final class DocumentContent {

	private final DocumentVersion version;

	private final PairingId pairingId;

	private final DocumentChunks chunks;

	DocumentContent(DocumentVersion version, PairingId pairingId, DocumentChunks chunks) {
		this.version = version;
		this.pairingId = pairingId;
		this.chunks = chunks;
	}

	public DocumentVersion version() {
		return this.version;
	}

	/**
	 * Writes the bytes, one decrypted chunk at a time.
	 * @throws DocumentIntegrityException if a chunk changed since it was checked
	 */
	public void writeTo(OutputStream out) throws IOException {
		this.chunks.read(this.version, this.pairingId, out);
	}

}
