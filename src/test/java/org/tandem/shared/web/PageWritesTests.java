package org.tandem.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.tandem.shared.web.BufferedJteViewResolver.PageWrites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's pieces reach the response byte for byte, in few writes: small pieces gathered,
 * large ones written as they are.
 */
class PageWritesTests {

	@Test
	void seededPagesArriveByteForByteInFewWrites() throws IOException {
		Random random = new Random(20261207);
		for (int page = 0; page < 300; page++) {
			List<byte[]> pieces = new ArrayList<>();
			int pieceCount = random.nextInt(60);
			for (int i = 0; i < pieceCount; i++) {
				int size = switch (random.nextInt(10)) {
					case 0 -> 0;
					case 1 -> PageWrites.LARGE - 1 + random.nextInt(3);
					case 2 -> PageWrites.BUFFER - 1 + random.nextInt(3);
					case 3 -> 20_000 + random.nextInt(200_000);
					default -> 1 + random.nextInt(300);
				};
				byte[] piece = new byte[size];
				random.nextBytes(piece);
				pieces.add(piece);
			}
			ByteArrayOutputStream expected = new ByteArrayOutputStream();
			pieces.forEach(expected::writeBytes);
			CountingStream out = new CountingStream();

			PageWrites writes = new PageWrites(out, expected.size());
			for (byte[] piece : pieces) {
				writes.accept(piece, 0, piece.length);
			}
			writes.flush();

			assertThat(out.toByteArray()).as("page %d", page).isEqualTo(expected.toByteArray());
			long large = pieces.stream().filter((piece) -> piece.length >= PageWrites.LARGE).count();
			long smallBytes = pieces.stream()
				.filter((piece) -> piece.length < PageWrites.LARGE)
				.mapToLong((p) -> p.length)
				.sum();
			// each large piece, and around it buffers filled at least half
			assertThat((long) out.writes).as("writes of page %d", page)
				.isLessThanOrEqualTo(large + (large + 1) + 2 * smallBytes / PageWrites.BUFFER);
		}
	}

	@Test
	void aSmallPageIsOneWrite() throws IOException {
		CountingStream out = new CountingStream();
		PageWrites writes = new PageWrites(out, 11);
		writes.accept("<p>".getBytes(), 0, 3);
		writes.accept("Zoë".getBytes(StandardCharsets.UTF_8), 0, 4);
		writes.accept("</p>".getBytes(), 0, 4);
		writes.flush();
		assertThat(out.writes).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("<p>Zoë</p>");
	}

	@Test
	void anEmptyPageWritesNothing() throws IOException {
		CountingStream out = new CountingStream();
		PageWrites writes = new PageWrites(out, 0);
		writes.accept(new byte[0], 0, 0);
		writes.flush();
		assertThat(out.writes).isZero();
		assertThat(out.size()).isZero();
	}

	private static final class CountingStream extends ByteArrayOutputStream {

		int writes;

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			this.writes++;
			super.write(b, off, len);
		}

	}

}
