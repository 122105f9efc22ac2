package org.tandem.celebration;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.feedback.KudosBoard;
import org.tandem.feedback.KudosDraft;
import org.tandem.meeting.Meetings;
import org.tandem.meeting.NewMeeting;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.PlaceForm;
import org.tandem.program.Program;
import org.tandem.program.Role;
import org.tandem.program.SuggestedPlaces;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The celebration's figures, checked against what the test itself put in; only shared
 * kudos and suggested places ever show, in the JSON, on the page and in the PDF; and 404
 * for everyone outside the program.
 */
@IntegrationTest
class CelebrationTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Meetings meetings;

	@Autowired
	KudosBoard kudos;

	@Autowired
	SuggestedPlaces places;

	@Autowired
	Pairings pairings;

	@Autowired
	Ideas ideas;

	PairWorld world;

	String privateKudos;

	String sharedKudos;

	String typedPlace;

	/** The held meetings the test logged in the world's program: format and place. */
	final List<String[]> held = new ArrayList<>();

	long achievedGoals;

	long doneActivities;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		String mark = UUID.randomUUID().toString().substring(0, 8);
		this.privateKudos = "PRIVATE-KUDOS-" + mark;
		this.sharedKudos = "Thank you for the campus tour " + mark;
		this.typedPlace = "Secret Cafe " + mark;
		suggest("River walk", "WALKING");
		suggest("University Club", "LUNCH");
		suggest("Unused room", "ROOM");
		meet(this.world.pairing, this.world.mentor, "WALKING", " river WALK ");
		meet(this.world.pairing, this.world.mentee, "WALKING", "River walk");
		meet(this.world.pairing, this.world.mentor, "IN_PERSON", this.typedPlace);
		meet(this.world.otherPairing, this.world.otherMentor, "LUNCH", "university club");
		meet(this.world.otherPairing, this.world.otherMentor, "VIDEO", null);
		// planned, not held: counts nowhere
		this.meetings.log(this.world.pairing.id(), PairWorld.as(this.world.mentor), new NewMeeting(null,
				Instant.now().plus(3, ChronoUnit.DAYS), "LUNCH", "University Club", null, null, null));
		goals(this.world.pairing, "ACHIEVED", "ACHIEVED", "OPEN", "DROPPED");
		goals(this.world.otherPairing, "ACHIEVED");
		activities(this.world.pairing, true, true, false);
		activities(this.world.otherPairing, true);
		this.kudos.give(this.world.pairing.id(), PairWorld.as(this.world.mentee),
				new KudosDraft(this.sharedKudos, true));
		this.kudos.give(this.world.pairing.id(), PairWorld.as(this.world.mentor),
				new KudosDraft(this.privateKudos, false));
		anotherProgramMeetsAtARiverWalkToo();
	}

	@Test
	void theFiguresAreWhatThePairsDid() throws Exception {
		Map<String, Long> formats = this.held.stream()
			.collect(Collectors.groupingBy((m) -> m[0], TreeMap::new, Collectors.counting()));
		var api = this.world.api(get(path()), this.world.mentee, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pairs").value(2))
			.andExpect(jsonPath("$.meetingsHeld").value(this.held.size()))
			.andExpect(jsonPath("$.activitiesCompleted").value(this.doneActivities))
			.andExpect(jsonPath("$.goalsAchieved").value(this.achievedGoals))
			.andExpect(jsonPath("$.places.length()").value(2))
			.andExpect(jsonPath("$.places[0].name").value("River walk"))
			.andExpect(jsonPath("$.places[0].meetings").value(2))
			.andExpect(jsonPath("$.places[1].name").value("University Club"))
			.andExpect(jsonPath("$.places[1].meetings").value(1))
			.andExpect(jsonPath("$.kudos.length()").value(1))
			.andExpect(jsonPath("$.kudos[0].body").value(this.sharedKudos))
			.andExpect(jsonPath("$.formats.length()").value(formats.size()));
		for (Map.Entry<String, Long> format : formats.entrySet()) {
			api.andExpect(jsonPath("$.formats." + format.getKey()).value(format.getValue()));
		}
		assertThat(this.held).hasSize(5);
		assertThat(this.achievedGoals).isEqualTo(3);
		assertThat(this.doneActivities).isEqualTo(3);
	}

	@Test
	void privateKudosAndTypedPlacesNeverShowSharedKudosDo() throws Exception {
		for (Person viewer : new Person[] { this.world.mentee, this.world.mentor, this.world.committee,
				this.world.admin }) {
			String json = this.world.api(get(path()), viewer, null)
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String page = page(this.world.signIn(viewer), "/programs/" + this.world.program.id() + "/celebration");
			String pdf = pdfText(this.world.signIn(viewer));
			for (String shown : new String[] { json, page, pdf }) {
				assertThat(shown).contains(this.sharedKudos, "River walk", "University Club")
					.doesNotContain(this.privateKudos, this.typedPlace, "Unused room", "Other program's kudos");
			}
			// shared kudos go without names (the page's header names its viewer)
			assertThat(json + pdf).doesNotContain(this.world.mentee.name(), this.world.mentor.name());
		}
	}

	@Test
	void thePageAndThePdfShowTheFiguresFormatsPlacesAndFeaturedIdeas() throws Exception {
		Idea idea = this.ideas.post(this.world.program.id(), PairWorld.as(this.world.mentee),
				new NewIdea("Walk to the old library", "Take the **long** way round."));
		this.ideas.feature(idea.id(), PairWorld.as(this.world.committee), true);
		this.ideas.post(this.world.program.id(), PairWorld.as(this.world.mentor), new NewIdea("Not featured", null));
		// letters beyond Western Europe need the embedded font
		Idea polish = this.ideas.post(this.world.program.id(), PairWorld.as(this.world.mentor),
				new NewIdea("Spacer po Łodzi, żółć i ęą", null));
		this.ideas.feature(polish.id(), PairWorld.as(this.world.committee), true);
		String page = page(this.world.signIn(this.world.mentor),
				"/programs/" + this.world.program.id() + "/celebration");
		assertThat(page)
			.contains("<dt>Pairs</dt><dd>2</dd>", "<dt>Meetings held</dt><dd>5</dd>",
					"<dt>Activities completed</dt><dd>3</dd>", "<dt>Goals achieved</dt><dd>3</dd>",
					"<th scope=\"row\">Walking</th><td>2</td>", "<th scope=\"row\">River walk</th><td>2</td>",
					"Walk to the old library", "<strong>long</strong>", "/celebration.pdf")
			.doesNotContain("Not featured");
		String pdf = pdfText(this.world.signIn(this.world.committee));
		assertThat(pdf)
			.contains("Celebration of " + this.world.program.name(), "Pairs 2", "Meetings held 5",
					"Activities completed 3", "Goals achieved 3", "Walking 2", "Lunch 1", "River walk 2",
					"University Club 1", "Walk to the old library (0 votes)", "Spacer po Łodzi, żółć i ęą (0 votes)")
			.doesNotContain("Not featured");
	}

	@Test
	void peopleOutsideTheProgramFindNoCelebration() throws Exception {
		Program other = this.world.anotherProgram("Other program");
		Person otherCommittee = this.world.member(other, Role.COMMITTEE, "Oz Committee");
		Person applicant = this.world.member(this.world.program, Role.MENTEE, "Api Applicant");
		this.jdbc.sql("update participant set status = 'APPLIED' where person_id = :person")
			.param("person", applicant.id().value())
			.update();
		for (Person outsider : new Person[] { this.world.stranger, otherCommittee, applicant }) {
			this.world.api(get(path()), outsider, null).andExpect(status().isNotFound());
			Cookie session = this.world.signIn(outsider);
			for (String page : new String[] { "/celebration", "/celebration.pdf" }) {
				String body = this.mvc.perform(get("/programs/" + this.world.program.id() + page).cookie(session))
					.andExpect(status().isNotFound())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(body).doesNotContain(this.sharedKudos, "River walk");
			}
		}
	}

	@Test
	void thePageCostsTheSameQueriesForTwoOrTwentyOfEverything() throws Exception {
		Cookie session = this.world.signIn(this.world.committee);
		String url = "/programs/" + this.world.program.id() + "/celebration";
		featureIdeas(2);
		page(session, url);
		// the first call makes the committee's API token
		this.world.api(get(path()), this.world.committee, null);
		long few = QueryCounter.count(() -> page(session, url)).statements();
		long fewApi = QueryCounter.count(() -> this.world.api(get(path()), this.world.committee, null)).statements();
		for (int i = 0; i < 18; i++) {
			String place = "Place " + i;
			suggest(place, "OTHER");
			meet(this.world.pairing, this.world.mentee, (i % 2 == 0) ? "PHONE" : "EMAIL", place);
			this.kudos.give(this.world.otherPairing.id(), PairWorld.as(this.world.otherMentee),
					new KudosDraft("Shared kudos " + i, true));
		}
		featureIdeas(18);
		var many = QueryCounter.count(() -> page(session, url));
		assertThat(many.result()).contains("Place 17", "Shared kudos 17", "Idea 20");
		// a page that outgrows the response buffer commits early and costs the session
		// store one statement more: that is the page's size, not a query per row
		assertThat(many.statements()).as("statements for 20 places, kudos and ideas").isBetween(few, few + 1);
		assertThat(QueryCounter.count(() -> this.world.api(get(path()), this.world.committee, null)).statements())
			.isEqualTo(fewApi);
	}

	private int ideaCount;

	private void featureIdeas(int count) {
		for (int i = 0; i < count; i++) {
			this.ideaCount++;
			Idea idea = this.ideas.post(this.world.program.id(), PairWorld.as(this.world.mentee),
					new NewIdea("Idea " + this.ideaCount, "Some *words*"));
			this.ideas.feature(idea.id(), PairWorld.as(this.world.committee), true);
		}
	}

	private void suggest(String name, String kind) {
		this.places.add(this.world.program.id(), PairWorld.as(this.world.committee), new PlaceForm(name, kind, null));
	}

	private void meet(Pairing pairing, Person by, String format, @Nullable String place) {
		this.meetings.log(pairing.id(), PairWorld.as(by),
				new NewMeeting(PairWorld.today().minusDays(1), null, format, place, "agenda", null, null));
		if (pairing.programId().equals(this.world.program.id())) {
			this.held.add(new String[] { format, place });
		}
	}

	private void goals(Pairing pairing, String... statuses) {
		for (String status : statuses) {
			this.jdbc.sql("""
					insert into goal (id, pairing_id, owner_id, title_enc, milestones_enc, status, created_by,
					    created_at, updated_at)
					values (:id, :pairing, :owner, 'not a ciphertext', '[]', :status, :owner, :now, :now)""")
				.param("id", UUID.randomUUID())
				.param("pairing", pairing.id().value())
				.param("owner", pairing.menteeId())
				.param("status", status)
				.param("now", Timestamp.from(Instant.now()))
				.update();
			if (status.equals("ACHIEVED")) {
				this.achievedGoals++;
			}
		}
	}

	private void activities(Pairing pairing, boolean... done) {
		for (boolean isDone : done) {
			UUID activity = UUID.randomUUID();
			this.jdbc.sql("""
					insert into program_activity (id, program_id, title, position, created_at)
					values (:id, :program, :title, 500, :now)""")
				.param("id", activity)
				.param("program", pairing.programId().value())
				.param("title", "Activity " + activity)
				.param("now", Timestamp.from(Instant.now()))
				.update();
			this.jdbc.sql("""
					insert into pair_activity (pairing_id, activity_id, done, done_on, updated_at)
					values (:pairing, :activity, :done, :doneOn, :now)""")
				.param("pairing", pairing.id().value())
				.param("activity", activity)
				.param("done", isDone)
				.param("doneOn", isDone ? PairWorld.today() : null)
				.param("now", Timestamp.from(Instant.now()))
				.update();
			if (isDone) {
				this.doneActivities++;
			}
		}
	}

	/**
	 * A pair of another program that meets at a suggested place of its own program with
	 * the same name: counted there, not here.
	 */
	private void anotherProgramMeetsAtARiverWalkToo() {
		Program other = this.world.anotherProgram("Other program");
		Person committee = this.world.member(other, Role.COMMITTEE, "Oz Committee");
		Person mentor = this.world.member(other, Role.MENTOR, "Oz Mentor");
		Person mentee = this.world.member(other, Role.MENTEE, "Oz Mentee");
		this.jdbc.sql("update participant set capacity = 1 where person_id = :person")
			.param("person", mentor.id().value())
			.update();
		this.places.add(other.id(), PairWorld.as(committee), new PlaceForm("River walk", "WALKING", null));
		Pairing pairing = this.pairings.start(other.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), PairWorld.today().minusDays(5)));
		meet(pairing, mentor, "WALKING", "River walk");
		this.kudos.give(pairing.id(), PairWorld.as(mentee), new KudosDraft("Other program's kudos", true));
	}

	private String pdfText(Cookie session) throws Exception {
		byte[] pdf = this.mvc.perform(get("/programs/" + this.world.program.id() + "/celebration.pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private String page(Cookie session, String url) throws Exception {
		return this.mvc.perform(get(url).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String path() {
		return "/api/v1/programs/" + this.world.program.id() + "/celebration";
	}

}
