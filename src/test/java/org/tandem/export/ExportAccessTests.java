package org.tandem.export;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may export: the program's committee and administrators. Its participants get 403
 * (as on every committee-only route of a program they see), people outside the program
 * 404, the committee of another program included; the exports page and its session
 * downloads follow the same rule and serve the API's very bytes.
 */
@IntegrationTest
class ExportAccessTests {

	private static final List<String> FILES = List.of("pairings.csv", "pairings.json", "meetings.csv", "meetings.json",
			"participants.csv", "participants.json");

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	ExportCalls calls;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.calls = new ExportCalls(this.world, this.mvc);
	}

	@Test
	void theCommitteeAndAdministratorsExportParticipantsGet403AndEveryoneElse404() throws Exception {
		Program other = this.world.anotherProgram("Other program");
		Person otherCommittee = this.world.member(other, Role.COMMITTEE, "Cleo Othercommittee");

		for (String file : FILES) {
			String path = this.calls.api(file);
			assertThat(this.calls.get(this.world.committee, path).getStatus()).as(file).isEqualTo(200);
			assertThat(this.calls.get(this.world.admin, path).getStatus()).as(file).isEqualTo(200);
			assertThat(this.calls.get(this.world.mentor, path).getStatus()).as(file).isEqualTo(403);
			assertThat(this.calls.get(this.world.mentee, path).getStatus()).as(file).isEqualTo(403);
			assertThat(this.calls.get(this.world.stranger, path).getStatus()).as(file).isEqualTo(404);
			assertThat(this.calls.get(otherCommittee, path).getStatus()).as(file).isEqualTo(404);
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus())
				.as(file)
				.isEqualTo(401);
		}
		assertThat(this.calls.get(this.world.committee, ExportCalls.api(other, "pairings.csv")).getStatus())
			.isEqualTo(404);
	}

	@Test
	void aRefusalIsAProblemNotAFile() throws Exception {
		MockHttpServletResponse refused = this.calls.get(this.world.mentor, this.calls.api("pairings.csv"));

		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
	}

	@Test
	void anUnknownOrMalformedProgramIs404AndABomThatIsNoBooleanIs400() throws Exception {
		String unknown = "/api/v1/programs/" + UUID.randomUUID() + "/export/pairings.csv";
		assertThat(this.calls.get(this.world.admin, unknown).getStatus()).isEqualTo(404);
		assertThat(this.calls.get(this.world.admin, "/api/v1/programs/not-an-id/export/pairings.csv").getStatus())
			.isEqualTo(404);
		assertThat(this.calls.get(this.world.committee, this.calls.api("pairings.csv?bom=perhaps")).getStatus())
			.isEqualTo(400);
		assertThat(this.calls.get(this.world.committee, this.calls.api("pairings.xlsx")).getStatus()).isEqualTo(404);
	}

	@Test
	void theCommitteeFindsEveryFileOnTheExportsPage() throws Exception {
		MockHttpServletResponse page = this.calls.page(this.world.committee,
				"/programs/" + this.world.program.id() + "/exports");

		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("<h1>Exports of " + this.world.program.name() + "</h1>");
		for (String kind : List.of("pairings", "meetings", "participants")) {
			assertThat(html).contains("href=\"" + this.calls.page(kind + ".csv") + "\"")
				.contains("href=\"" + this.calls.page(kind + ".csv?bom=true") + "\"")
				.contains("href=\"" + this.calls.page(kind + ".json") + "\"");
		}
	}

	@Test
	void theExportsPageAndItsDownloadsAreTheCommitteesOnly() throws Exception {
		Program other = this.world.anotherProgram("Other program");
		Person otherCommittee = this.world.member(other, Role.COMMITTEE, "Cleo Othercommittee");
		List<String> paths = new ArrayList<>(List.of("/programs/" + this.world.program.id() + "/exports"));
		FILES.forEach((file) -> paths.add(this.calls.page(file)));

		for (String path : paths) {
			assertThat(this.calls.page(this.world.admin, path).getStatus()).as(path).isEqualTo(200);
			assertThat(this.calls.page(this.world.mentee, path).getStatus()).as(path).isEqualTo(403);
			assertThat(this.calls.page(this.world.stranger, path).getStatus()).as(path).isEqualTo(404);
			assertThat(this.calls.page(otherCommittee, path).getStatus()).as(path).isEqualTo(404);
			assertThat(this.mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse().getStatus())
				.as(path)
				.isEqualTo(302);
		}
	}

	@Test
	void aDownloadFromThePageIsTheApisFile() throws Exception {
		for (String file : List.of("pairings.csv?bom=true", "meetings.json", "participants.csv")) {
			MockHttpServletResponse api = this.calls.get(this.world.committee, this.calls.api(file));
			MockHttpServletResponse page = this.calls.page(this.world.committee, this.calls.page(file));

			assertThat(page.getStatus()).as(file).isEqualTo(200);
			assertThat(page.getContentAsByteArray()).as(file).isEqualTo(api.getContentAsByteArray());
			assertThat(page.getContentType()).as(file).isEqualTo(api.getContentType());
			assertThat(page.getHeader(HttpHeaders.CONTENT_DISPOSITION)).as(file)
				.isEqualTo(api.getHeader(HttpHeaders.CONTENT_DISPOSITION));
		}
	}

}
