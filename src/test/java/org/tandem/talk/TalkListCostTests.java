package org.tandem.talk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.concern.Concerns;
import org.tandem.concern.NewConcern;
import org.tandem.document.DocumentFiles;
import org.tandem.feedback.KudosBoard;
import org.tandem.feedback.KudosDraft;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The lists of talking and feedback cost the same statements with 2 rows as with 20 (one
 * more at most, for the page's size): no query per kudos, concern or document, in the
 * pages and in the API.
 */
@IntegrationTest
class TalkListCostTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PairWorlds worlds;

	@Autowired
	KudosBoard kudos;

	@Autowired
	Concerns concerns;

	PairWorld world;

	private Cookie session;

	private Person signedIn;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void kudos() throws Exception {
		String pairing = "/pairings/" + this.world.pairing.id();
		IntConsumer give = (i) -> this.kudos.give(this.world.pairing.id(),
				PairWorld.as((i % 2 == 0) ? this.world.mentor : this.world.mentee),
				new KudosDraft("Thank you for item " + i, i % 3 == 0));
		sameCost(give, this.world.mentee,
				Map.of(pairing + "/kudos", "Thank you for item 19", "/api/v1" + pairing + "/kudos", "\"total\":20"));
	}

	@Test
	void concerns() throws Exception {
		List<String> raised = new ArrayList<>();
		IntConsumer raise = (i) -> raised.add(
				this.concerns
					.raise(this.world.program.id(), PairWorld.as((i % 2 == 0) ? this.world.mentor : this.world.mentee),
							new NewConcern(this.world.pairing.id().value(), "Concern " + i, false))
					.id()
					.toString());
		String program = "/programs/" + this.world.program.id();
		sameCost(raise, this.world.committee,
				Map.of(program + "/concerns", "Concerns in", "/api/v1" + program + "/concerns", "\"total\":20"));
		sameCost((i) -> {
		}, this.world.mentor, Map.of("/me/concerns", "My concerns"));
		// the lists show no body: the newest concerns' links prove they grew
		assertThat(fetch(program + "/concerns", this.world.committee)).contains("/concerns/" + raised.get(19));
		assertThat(fetch("/me/concerns", this.world.mentor)).contains("/concerns/" + raised.get(18))
			.doesNotContain("/concerns/" + raised.get(19));
	}

	@Test
	void documents() throws Exception {
		IntConsumer upload = (i) -> {
			try {
				MockHttpServletResponse response = this.mvc
					.perform(multipart(HttpMethod.POST, "/api/v1/pairings/" + this.world.pairing.id() + "/documents")
						.file(new MockMultipartFile("file", "draft.pdf", "application/pdf", DocumentFiles.pdf("Draft")))
						.param("title", "Draft " + i)
						.header(HttpHeaders.AUTHORIZATION, this.world.token(this.world.mentor)))
					.andReturn()
					.getResponse();
				assertThat(response.getStatus()).isEqualTo(201);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
		String pairing = "/pairings/" + this.world.pairing.id();
		sameCost(upload, this.world.mentee,
				Map.of(pairing + "/documents", "Draft 19", "/api/v1" + pairing + "/documents", "\"total\":20"));
	}

	/**
	 * Adds rows 0 and 1, counts each path, adds rows 2 to 19 and counts again; each
	 * path's mark proves that its answer grew.
	 */
	private void sameCost(IntConsumer add, Person viewer, Map<String, String> marks) throws Exception {
		add.accept(0);
		add.accept(1);
		Map<String, Long> few = new LinkedHashMap<>();
		for (String path : marks.keySet()) {
			few.put(path, cost(path, viewer));
		}
		for (int row = 2; row < 20; row++) {
			add.accept(row);
		}
		for (Map.Entry<String, String> mark : marks.entrySet()) {
			assertThat(fetch(mark.getKey(), viewer)).contains(mark.getValue());
			// one more at most: a full page also counts the rows, and a long page that
			// outgrows the response buffer saves the session once more; a query per row
			// would cost 18 more
			assertThat(cost(mark.getKey(), viewer)).as("statements for %s with 20 rows", mark.getKey())
				.isBetween(few.get(mark.getKey()), few.get(mark.getKey()) + 1);
		}
	}

	/** The least of three runs: a session's first requests also store what it learnt. */
	private long cost(String path, Person viewer) throws Exception {
		long least = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			least = Math.min(least, QueryCounter.count(() -> fetch(path, viewer)).statements());
		}
		return least;
	}

	private String fetch(String path, Person viewer) throws Exception {
		MockHttpServletResponse response;
		if (path.startsWith("/api/")) {
			response = this.world.api(get(path), viewer, null).andReturn().getResponse();
		}
		else {
			if (this.session == null || this.signedIn != viewer) {
				this.session = this.world.signIn(viewer);
				this.signedIn = viewer;
			}
			response = this.mvc.perform(get(path).cookie(this.session)).andReturn().getResponse();
		}
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
