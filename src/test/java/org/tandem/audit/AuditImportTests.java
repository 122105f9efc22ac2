package org.tandem.audit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.audit.AuditEntries.Row;
import org.tandem.person.People;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A people import is logged when its confirmation writes the rows; not its preview, not a
 * confirmation whose second check found problems (the page answers 200 with the preview
 * again), not an expired one.
 */
@IntegrationTest
class AuditImportTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	PairWorld world;

	AuditEntries entries;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.entries = new AuditEntries(this.jdbc);
	}

	@Test
	void onlyAConfirmationThatWritesIsLogged() throws Exception {
		Cookie committee = this.world.signIn(this.world.committee);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String late = "late-" + tag + "@example.org";
		String token = preview(committee, "email,name\n" + late + ",Late\n");
		this.people.create(late, "Added meanwhile");
		confirm(committee, token);
		assertThat(this.entries.of(this.world.committee)).isEmpty();

		confirm(committee, preview(committee, "email,name\nfresh-" + tag + "@example.org,Fresh\n"));
		confirm(committee, "no-such-preview");

		assertThat(this.entries.of(this.world.committee)).extracting(Row::action, Row::target)
			.containsExactly(tuple("person.import", "/people/import/confirm"));
	}

	private String preview(Cookie session, String csv) throws Exception {
		String html = this.mvc
			.perform(multipart("/people/import")
				.file(new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
	}

	private void confirm(Cookie session, String token) throws Exception {
		this.mvc.perform(post("/people/import/confirm").param("token", token).cookie(session).with(csrf()))
			.andExpect(status().isOk());
	}

}
