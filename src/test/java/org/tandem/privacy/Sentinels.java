package org.tandem.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unique sentinels written into a pair's texts, and the places where none of them may
 * ever appear: a text someone else reads, the outbox, notifications, stored events and
 * the raw files of the database.
 */
final class Sentinels {

	/** Kind of text → its sentinel. */
	private final Map<String, String> values = new LinkedHashMap<>();

	Sentinels(List<String> kinds) {
		for (String kind : kinds) {
			this.values.put(kind, "Sentinel" + kind + UUID.randomUUID().toString().replace("-", ""));
		}
	}

	String of(String kind) {
		return this.values.get(kind);
	}

	/** None of the sentinels is in the text. */
	void absentFrom(String text, String where) {
		absentFrom(text, where, Set.of());
	}

	/** None of the sentinels but those of the given kinds is in the text. */
	void absentFrom(String text, String where, Set<String> allowed) {
		for (Map.Entry<String, String> sentinel : this.values.entrySet()) {
			if (!allowed.contains(sentinel.getKey())) {
				assertThat(text).as("the %s sentinel in %s", sentinel.getKey(), where)
					.doesNotContain(sentinel.getValue());
			}
		}
	}

	/** None of the sentinels is in an email, a notification or a stored event. */
	void absentFromMailNotificationsAndEvents(JdbcClient jdbc) {
		absentFrom(String.join("\n", jdbc.sql("""
				select subject || ' ' || body_text || ' ' || coalesce(body_html, '') || ' ' || coalesce(ics, '')
				from outbox_message""").query(String.class).list()), "the outbox");
		absentFrom(String.join("\n",
				jdbc.sql("select text || ' ' || coalesce(link, '') from notification").query(String.class).list()),
				"the notifications");
		absentFrom(
				String.join("\n",
						jdbc.sql("select serialized_event from event_publication").query(String.class).list()),
				"the stored events");
	}

	/**
	 * None of the sentinels is in any file of the database's directory after a
	 * checkpoint; a plain-text probe written into an ordinary column proves the scan
	 * would find one.
	 */
	void absentFromTheDatabaseFiles(JdbcClient jdbc, UUID somePerson) {
		jdbc.sql("checkpoint").update();
		Path directory = Path.of(jdbc.sql("select current_setting('data_directory')").query(String.class).single());
		Assumptions.assumeTrue(Files.isDirectory(directory),
				"the database's directory is not on this machine (an external PostgreSQL)");
		List<byte[]> needles = this.values.values()
			.stream()
			.map((sentinel) -> sentinel.getBytes(StandardCharsets.UTF_8))
			.toList();
		long scanned = 0;
		for (Path file : files(directory)) {
			byte[] content = read(file);
			scanned += content.length;
			for (byte[] needle : needles) {
				assertThat(indexOf(content, needle)).as("%s in %s", new String(needle, StandardCharsets.UTF_8), file)
					.isEqualTo(-1);
			}
		}
		assertThat(scanned).as("bytes scanned").isPositive();
		String probe = "Sentinelprobe" + UUID.randomUUID().toString().replace("-", "");
		jdbc.sql("update person set title = :probe where id = :id")
			.param("probe", probe)
			.param("id", somePerson)
			.update();
		jdbc.sql("checkpoint").update();
		boolean found = false;
		for (Path file : files(directory)) {
			found |= indexOf(read(file), probe.getBytes(StandardCharsets.UTF_8)) >= 0;
		}
		assertThat(found).as("the scan finds plain text").isTrue();
	}

	private static List<Path> files(Path directory) {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).toList();
		}
		catch (IOException ex) {
			throw new AssertionError("Could not list " + directory, ex);
		}
	}

	private static byte[] read(Path file) {
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			// a file PostgreSQL removed while we walked
			return new byte[0];
		}
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
