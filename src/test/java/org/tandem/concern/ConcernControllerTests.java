package org.tandem.concern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The concern pages: the form says the partner is not told; the author and the committee
 * read the concern, the partner gets 404; the committee answers it and confirms a rematch
 * first.
 */
@IntegrationTest
class ConcernControllerTests {

	static final String BODY = "Our meetings feel one-sided";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void theAuthorRaisesAConcernOnThePageAndOnlyTheyAndTheCommitteeReadIt() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		String form = page(
				"/programs/" + this.world.program.id() + "/concerns/new?pairingId=" + this.world.pairing.id(), mentee);
		assertThat(form).contains("Your partner is not told").contains("name=\"pairingId\"");

		MockHttpServletResponse blank = this.mvc
			.perform(post("/programs/" + this.world.program.id() + "/concerns").cookie(mentee)
				.with(csrf())
				.param("body", " "))
			.andReturn()
			.getResponse();
		assertThat(blank.getStatus()).isEqualTo(400);

		MockHttpServletResponse raised = this.mvc
			.perform(post("/programs/" + this.world.program.id() + "/concerns").cookie(mentee)
				.with(csrf())
				.param("pairingId", this.world.pairing.id().toString())
				.param("body", BODY))
			.andReturn()
			.getResponse();
		assertThat(raised.getStatus()).isEqualTo(302);
		String href = raised.getRedirectedUrl();
		assertThat(page(href, mentee)).contains(BODY).doesNotContain("Acknowledge");
		assertThat(page("/me/concerns", mentee)).contains(href);

		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(page(href, committee)).contains(BODY).contains("Acknowledge").contains(href + "/rematch");
		assertThat(page("/programs/" + this.world.program.id() + "/concerns", committee)).contains(href);
		assertThat(page(href + "/rematch", committee)).contains("End the pairing without fault?");

		Cookie partner = this.world.signIn(this.world.mentor);
		MockHttpServletResponse hidden = this.mvc.perform(get(href).cookie(partner)).andReturn().getResponse();
		assertThat(hidden.getStatus()).isEqualTo(404);
		assertThat(hidden.getContentAsString()).doesNotContain(BODY);
		assertThat(page("/me/concerns", partner)).doesNotContain(href);

		MockHttpServletResponse resolved = this.mvc
			.perform(post(href + "/resolve").cookie(committee).with(csrf()).param("outcome", "We met both"))
			.andReturn()
			.getResponse();
		assertThat(resolved.getStatus()).isEqualTo(302);
		assertThat(page(href, mentee)).contains("We met both").contains("Resolved");
		String id = href.substring(href.lastIndexOf('/') + 1);
		assertThat((String) JsonPath.read(this.world.api(get("/api/v1/concerns/" + id), this.world.mentee, null)
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.status")).isEqualTo("RESOLVED");
	}

	@Test
	void theCommitteeClosesTheRemainingPairingsOnlyFromTheTermsEnd() throws Exception {
		Cookie committee = this.world.signIn(this.world.committee);
		String path = "/programs/" + this.world.program.id() + "/pairings/close-remaining";
		assertThat(page(path, committee)).contains("The term ends on");
		assertThat(this.mvc.perform(post(path).cookie(committee).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(409);
	}

	private String page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
