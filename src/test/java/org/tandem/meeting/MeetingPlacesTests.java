package org.tandem.meeting;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting forms offer the program's suggested places; the place chosen stays
 * encrypted like any other.
 */
@IntegrationTest
class MeetingPlacesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	MeetingTestSupport pair;

	String page;

	@BeforeEach
	void setUp() {
		this.pair = new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				MeetingTestSupport.today().minusDays(20));
		this.page = "/pairings/" + this.pair.pairing.id() + "/meetings";
	}

	@Test
	void thePairChoosesASuggestedPlaceAndItIsStoredEncrypted() throws Exception {
		Cookie committee = this.pair.signIn(this.pair.committee);
		this.mvc
			.perform(post("/programs/" + this.pair.program.id() + "/places").cookie(committee)
				.with(csrf())
				.param("name", "Lakeside loop")
				.param("kind", "WALKING")
				.param("description", "30 minutes"))
			.andExpect(status().isFound());

		Cookie mentor = this.pair.signIn(this.pair.mentor);
		this.mvc.perform(get(this.page).cookie(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<datalist id=\"suggested-places\">"),
					containsString("<option value=\"Lakeside loop\">Walking route: 30 minutes</option>"),
					containsString("list=\"suggested-places\""))));

		this.mvc
			.perform(post(this.page + "/contacts").cookie(mentor)
				.with(csrf())
				.param("occurredOn", MeetingTestSupport.today().toString())
				.param("format", "WALKING")
				.param("place", "Lakeside loop"))
			.andExpect(status().isFound());
		String stored = this.jdbc.sql("select place_enc from meeting where pairing_id = :id")
			.param("id", this.pair.pairing.id().value())
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContain("Lakeside");
		this.mvc.perform(get(this.page).cookie(mentor)).andExpect(content().string(containsString("Lakeside loop")));

		// the committee sees neither the forms nor the place the pair chose
		this.mvc.perform(get(this.page).cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(not(containsString("suggested-places")), not(containsString("Lakeside loop")))));
	}

	@Test
	void thePlacesComeOnceByKindThenNameBesideEveryMeeting() throws Exception {
		Cookie committee = this.pair.signIn(this.pair.committee);
		place(committee, "Zeta room", "ROOM", "Second floor");
		place(committee, "Beta walk", "WALKING", "");
		place(committee, "alpha walk", "WALKING", "By the river");
		place(committee, "Cafe Nord", "LUNCH", "Cheap");
		Cookie mentee = this.pair.signIn(this.pair.mentee);
		for (int daysAgo = 1; daysAgo <= 3; daysAgo++) {
			this.mvc
				.perform(post(this.page + "/contacts").cookie(mentee)
					.with(csrf())
					.param("occurredOn", MeetingTestSupport.today().minusDays(daysAgo).toString())
					.param("format", "WALKING")
					.param("place", "Beta walk"))
				.andExpect(status().isFound());
		}
		String page = this.mvc.perform(get(this.page).cookie(mentee))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String list = page.substring(page.indexOf("<datalist id=\"suggested-places\">"), page.indexOf("</datalist>"));
		assertThat(list).containsSubsequence("<option value=\"alpha walk\">Walking route: By the river</option>",
				"<option value=\"Beta walk\">Walking route</option>",
				"<option value=\"Cafe Nord\">Lunch spot: Cheap</option>",
				"<option value=\"Zeta room\">Room: Second floor</option>");
		assertThat(list.split("<option ", -1)).hasSize(5);
		assertThat(page.split("Beta walk", -1)).as("the place of each meeting and its suggestion")
			.hasSizeGreaterThan(4);
	}

	private void place(Cookie committee, String name, String kind, String description) throws Exception {
		this.mvc
			.perform(post("/programs/" + this.pair.program.id() + "/places").cookie(committee)
				.with(csrf())
				.param("name", name)
				.param("kind", kind)
				.param("description", description))
			.andExpect(status().isFound());
	}

	@Test
	void withoutSuggestionsThePlaceIsPlainText() throws Exception {
		this.mvc.perform(get(this.page).cookie(this.pair.signIn(this.pair.mentee)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"contact-place\""), not(containsString("suggested-places")))));
	}

}
