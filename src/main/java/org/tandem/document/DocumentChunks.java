package org.tandem.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.UUID;

import org.tandem.pairing.PairingId;
import org.tandem.shared.crypto.ChunkCipher;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.DecryptionFailedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of a version in the {@code document_chunk} table: {@value #CHUNK} bytes per
 * chunk, each sealed by {@link ChunkCipher} for its version, position and whether it is
 * the last. Bytes go in and come out one chunk at a time, so a 10 MB file never sits
 * whole in memory here.
 */
@Component
class DocumentChunks {

	static final int CHUNK = 64 * 1024;

	private final JdbcClient jdbc;

	private final ChunkCipher cipher;

	DocumentChunks(JdbcClient jdbc, ChunkCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** How many chunks hold this many bytes. */
	static int count(long size) {
		return (int) ((size + CHUNK - 1) / CHUNK);
	}

	/**
	 * Encrypts and stores exactly {@code size} bytes of {@code in} as the version's
	 * chunks.
	 * @throws IllegalStateException if the stream is shorter or longer than announced
	 */
	void write(UUID versionId, PairingId pairing, long size, InputStream in) throws IOException {
		CipherContext place = place(versionId, pairing);
		byte[] buffer = new byte[CHUNK];
		long remaining = size;
		for (int seq = 0; remaining > 0; seq++) {
			int length = (int) Math.min(CHUNK, remaining);
			if (in.readNBytes(buffer, 0, length) != length) {
				throw new IllegalStateException("The upload ended before its announced size");
			}
			remaining -= length;
			byte[] sealed = this.cipher.seal(buffer, 0, length, place, seq, remaining == 0);
			this.jdbc.sql("insert into document_chunk (version_id, seq, data) values (:version, :seq, :data)")
				.param("version", versionId)
				.param("seq", seq)
				.param("data", sealed)
				.update();
		}
		if (in.read() != -1) {
			throw new IllegalStateException("The upload is longer than its announced size");
		}
	}

	/**
	 * Authenticates every chunk of the version without keeping any.
	 * @throws DocumentIntegrityException if one is missing, changed, moved or reordered,
	 * or the chunks do not add up to the version's size
	 */
	void verify(DocumentVersion version, PairingId pairing) {
		try {
			read(version, pairing, OutputStream.nullOutputStream());
		}
		catch (IOException ex) {
			throw new IllegalStateException("A null stream does not fail", ex);
		}
	}

	/**
	 * Decrypts the version's chunks in order into {@code out}, one at a time.
	 */
	void read(DocumentVersion version, PairingId pairing, OutputStream out) throws IOException {
		CipherContext place = place(version.id(), pairing);
		long total = 0;
		for (int seq = 0; seq < version.chunks(); seq++) {
			byte[] sealed = this.jdbc.sql("select data from document_chunk where version_id = :version and seq = :seq")
				.param("version", version.id())
				.param("seq", seq)
				.query(byte[].class)
				.optional()
				.orElseThrow(() -> new DocumentIntegrityException("A chunk of a document version is missing"));
			byte[] plain = open(sealed, place, seq, seq == version.chunks() - 1);
			total += plain.length;
			if (total > version.size()) {
				break;
			}
			out.write(plain);
		}
		if (total != version.size()) {
			throw new DocumentIntegrityException("The chunks of a document version do not add up to its size");
		}
	}

	private byte[] open(byte[] sealed, CipherContext place, int seq, boolean last) {
		try {
			return this.cipher.open(sealed, place, seq, last);
		}
		catch (DecryptionFailedException ex) {
			throw new DocumentIntegrityException("A chunk of a document version failed authentication", ex);
		}
	}

	private static CipherContext place(UUID versionId, PairingId pairing) {
		return new CipherContext("document_chunk", "data", versionId, pairing.value());
	}

}
