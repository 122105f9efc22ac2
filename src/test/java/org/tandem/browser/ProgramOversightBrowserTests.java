package org.tandem.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tandem.activity.ActivityTick;
import org.tandem.activity.PairActivities;
import org.tandem.celebration.Idea;
import org.tandem.celebration.Ideas;
import org.tandem.celebration.NewIdea;
import org.tandem.feedback.KudosBoard;
import org.tandem.feedback.KudosDraft;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalChange;
import org.tandem.goal.Goals;
import org.tandem.goal.NewGoal;
import org.tandem.meeting.Meetings;
import org.tandem.meeting.NewMeeting;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonEdit;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.PairWorld;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's view and the celebration in a real browser. On a phone-sized screen the
 * committee reads a program's health (charts with their titles, summaries and data
 * tables, the at-risk list), nudges the overdue pair (once a day only) and narrows the
 * figures to the first half of the term and to a department. Participants post and vote
 * for an idea, the committee features it, and the celebration shows it with the figures
 * and the kudos shared with the program, never a private one; so does its PDF, downloaded
 * from the running server with the browser's session and read back with PDFBox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProgramOversightBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Meetings meetings;

	@Autowired
	People people;

	@Autowired
	Goals goals;

	@Autowired
	PairActivities activities;

	@Autowired
	KudosBoard kudos;

	@Autowired
	Ideas ideas;

	@Autowired
	Clock clock;

	BrowserSession session;

	String suffix;

	LocalDate today;

	@BeforeEach
	void startBrowser() {
		this.session = BrowserSession.start(this.port).onAPhone();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.today = LocalDate.now(this.clock);
	}

	@AfterEach
	void stopBrowser() {
		if (this.session != null) {
			this.session.close();
		}
	}

	@Test
	void theCommitteeReadsTheHealthNudgesTheOverduePairAndFiltersOnAPhone() {
		// a term from ten months ago to two months ahead: its first half ends four months
		// ago
		Program program = this.programs.create(new Program.Settings("Health program " + this.suffix, null,
				this.today.minusMonths(10), this.today.plusMonths(2), 28, 42, 7, false));
		Person committee = enroll(program, Role.COMMITTEE, "Cora Committee", 0);
		Person lateMentor = enroll(program, Role.MENTOR, "Otto Overdue", 1);
		Person lateMentee = enroll(program, Role.MENTEE, "Olga Overdue", 0);
		Person fineMentor = enroll(program, Role.MENTOR, "Hugo Healthy", 1);
		Person fineMentee = enroll(program, Role.MENTEE, "Hana Healthy", 0);
		inDepartment(fineMentor, "Reference " + this.suffix);
		// met once, eight months ago: overdue ever since
		Pairing late = pair(program, lateMentor, lateMentee, this.today.minusMonths(9));
		meet(late, lateMentor, this.today.minusMonths(8), "WALKING");
		// started ten days ago and met five days ago: on track
		Pairing fine = pair(program, fineMentor, fineMentee, this.today.minusDays(10));
		meet(fine, fineMentor, this.today.minusDays(5), "LUNCH");
		WebDriver driver = this.session.driver();
		String health = "/programs/" + program.id() + "/health";

		this.session.signIn(committee);
		this.session.open(health);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Health of " + program.name());
		this.session.fitsThePhone();
		assertThat(figures()).containsEntry("Pairings", "2, of which 2 active")
			.containsEntry("Pairs at risk", "1")
			.containsEntry("Meetings held", "2");

		// every chart is an image named by its title and its summary, with its data in a
		// table
		List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart"));
		assertThat(charts).hasSize(3);
		assertThat(charts.stream().map((chart) -> chart.findElement(By.tagName("title")).getAttribute("textContent")))
			.containsExactly("Pairs by cadence state", "Meetings held per month", "Meetings by format");
		for (WebElement chart : charts) {
			WebElement svg = chart.findElement(By.cssSelector("svg[role='img']"));
			String title = chart.findElement(By.tagName("title")).getAttribute("textContent");
			String summary = chart.findElement(By.cssSelector(".chart-summary")).getText();
			assertThat(summary).isNotBlank();
			assertThat(svg.getAccessibleName()).contains(title, summary);
			assertThat(chart.findElement(By.cssSelector("details.chart-data caption")).getAttribute("textContent"))
				.isEqualTo(title);
		}
		WebElement months = charts.get(1);
		assertThat(months.findElement(By.cssSelector(".chart-summary")).getText()).startsWith("2 meetings held from");
		months.findElement(By.cssSelector("details.chart-data summary")).click();
		assertThat(months.findElement(By.cssSelector("details.chart-data table")).isDisplayed()).isTrue();
		assertThat(months.findElements(By.cssSelector("details.chart-data tbody tr"))
			.stream()
			.mapToLong((row) -> Long.parseLong(row.findElement(By.tagName("td")).getText()))
			.sum()).isEqualTo(2);
		this.session.fitsThePhone();
		WebElement formats = charts.get(2);
		assertThat(formats.findElement(By.cssSelector("details.chart-data tbody")).getAttribute("textContent"))
			.contains("Walking", "Lunch");

		// the overdue pair is at risk, the healthy one is not
		String atRisk = driver.findElement(By.id("at-risk")).getText();
		assertThat(atRisk).contains(lateMentor.name(), lateMentee.name(), "Contact overdue since")
			.doesNotContain(fineMentor.name(), fineMentee.name());
		nudgeButton(lateMentor).click();
		this.session.waitForFlash("The pair is nudged");
		assertThat(driver.getCurrentUrl()).endsWith(health + "#at-risk");
		this.session.fitsThePhone();
		nudgeButton(lateMentor).click();
		this.session.waitForFlash("This pair was nudged today already, so nothing was sent.");

		// the first half of the term: the healthy pair had not started, one meeting
		new Select(driver.findElement(By.id("period"))).selectByValue("FIRST_HALF");
		driver.findElement(By.xpath("//button[normalize-space()='Show']")).click();
		this.session.waiting().until((browser) -> browser.getCurrentUrl().contains("period=FIRST_HALF"));
		assertThat(new Select(driver.findElement(By.id("period"))).getFirstSelectedOption().getText())
			.isEqualTo("The first half of the term");
		assertThat(figures()).containsEntry("Pairings", "1, of which 1 active").containsEntry("Meetings held", "1");
		this.session.fitsThePhone();

		// the healthy mentor's department over the whole term: no pair at risk there
		new Select(driver.findElement(By.id("period"))).selectByValue("TERM");
		new Select(driver.findElement(By.id("department"))).selectByVisibleText("Reference " + this.suffix);
		driver.findElement(By.xpath("//button[normalize-space()='Show']")).click();
		this.session.waiting().until((browser) -> browser.getCurrentUrl().contains("department=Reference"));
		assertThat(driver.findElement(By.id("figures-heading")).findElement(By.xpath("..")).getText())
			.contains("in Reference " + this.suffix);
		assertThat(figures()).containsEntry("Pairings", "1, of which 1 active")
			.containsEntry("Pairs at risk", "0")
			.containsEntry("Meetings held", "1");
		assertThat(driver.findElement(By.id("at-risk")).getText()).contains("No active pair is at risk.")
			.doesNotContain(lateMentor.name());
		this.session.fitsThePhone();
	}

	@Test
	void anIdeaIsPostedVotedAndFeaturedAndTheCelebrationAndItsPdfShowItWithTheSharedKudosOnly() throws Exception {
		Celebrated program = celebratedProgram();
		WebDriver driver = this.session.driver();
		String board = "/programs/" + program.program().id() + "/ideas";
		String title = "A walk round the botanical garden " + this.suffix;

		this.session.signIn(program.mentee());
		this.session.open(board);
		this.session.fitsThePhone();
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.id("body")).sendKeys("The glasshouses are warm even in **January**.");
		driver.findElement(By.xpath("//button[normalize-space()='Share the idea']")).click();
		this.session.waitForFlash("Your idea is on the board.");
		assertThat(idea(title).getText()).contains("0 votes", "Posted by " + program.mentee().name(), "January");
		// the author does not vote for their own idea
		assertThat(idea(title).findElements(By.xpath(".//button[starts-with(normalize-space(), 'Vote')]"))).isEmpty();
		this.session.fitsThePhone();
		this.session.signOut();

		this.session.signIn(program.otherMentee());
		this.session.open(board);
		idea(title).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Vote')]")).click();
		this.session.waitForFlash("Your vote for \u201c" + title + "\u201d counts.");
		assertThat(idea(title).getText()).contains("1 vote", "You voted for it");
		assertThat(idea(title).findElements(By.xpath(".//button[starts-with(normalize-space(), 'Vote')]"))).isEmpty();
		this.session.signOut();

		this.session.signIn(program.committee());
		this.session.open(board);
		idea(title).findElement(By.xpath(".//button[starts-with(normalize-space(), 'Feature')]")).click();
		this.session.waitForFlash("\u201c" + title + "\u201d is featured on the program's page.");
		assertThat(idea(title).getText()).contains("Featured");

		this.session.open("/programs/" + program.program().id() + "/celebration");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Celebration of " + program.program().name());
		this.session.fitsThePhone();
		assertThat(celebrationFigures()).containsEntry("Pairs", "2")
			.containsEntry("Meetings held", "3")
			.containsEntry("Activities completed", "1")
			.containsEntry("Goals achieved", "1");
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains(program.sharedKudos(), "Walking", "Lunch").doesNotContain(program.privateKudos());
		assertThat(driver.getPageSource()).doesNotContain(program.privateKudos());
		assertThat(driver.findElement(By.cssSelector(".featured-ideas")).getText()).contains(title, "(1 vote)");

		String pdfLink = driver.findElement(By.linkText("Download as PDF")).getAttribute("href");
		assertThat(pdfLink).isEqualTo(this.session.url("/programs/" + program.program().id() + "/celebration.pdf"));
		String pdf = pdfText(pdfLink);
		assertThat(pdf)
			.contains("Celebration of " + program.program().name(), "Pairs 2", "Meetings held 3",
					"Activities completed 1", "Goals achieved 1", "Walking 2", "Lunch 1", program.sharedKudos(),
					title + " (1 vote)")
			.doesNotContain(program.privateKudos());
	}

	@Test
	void aFeaturedIdeaShowsOnTheProgramPage() {
		Celebrated program = celebratedProgram();
		String title = "Lunch at the staff canteen's terrace " + this.suffix;
		Idea idea = this.ideas.post(program.program().id(), PairWorld.as(program.mentee()), new NewIdea(title, null));
		this.ideas.vote(idea.id(), PairWorld.as(program.otherMentee()));
		this.ideas.feature(idea.id(), PairWorld.as(program.committee()), true);

		this.session.signIn(program.otherMentee());
		this.session.open("/programs/" + program.program().id());
		this.session.fitsThePhone();
		WebElement featured = this.session.driver()
			.findElement(By.id("featured-ideas-heading"))
			.findElement(By.xpath(".."));
		assertThat(featured.getText()).contains("Featured ideas", title, "(1 vote)");
		this.session.driver().findElement(By.linkText("Ways to engage: the idea board")).click();
		this.session.waitFor(title);
		assertThat(this.session.driver().getCurrentUrl()).endsWith("/programs/" + program.program().id() + "/ideas");
	}

	/**
	 * A program of two pairs with three meetings held (two walks, a lunch), one goal
	 * achieved, one activity done, a kudos shared with the program and a private one.
	 */
	private Celebrated celebratedProgram() {
		Program program = this.programs.create(new Program.Settings("Celebrated program " + this.suffix, null,
				this.today.minusMonths(1), this.today.plusMonths(11), 28, 42, 7, false));
		Person committee = enroll(program, Role.COMMITTEE, "Carla Committee", 0);
		Person mentor = enroll(program, Role.MENTOR, "Ida Ideas", 1);
		Person mentee = enroll(program, Role.MENTEE, "Ugo Upvote", 0);
		Person otherMentor = enroll(program, Role.MENTOR, "Rita Reader", 1);
		Person otherMentee = enroll(program, Role.MENTEE, "Vic Voter", 0);
		Pairing pairing = pair(program, mentor, mentee, this.today.minusDays(20));
		Pairing other = pair(program, otherMentor, otherMentee, this.today.minusDays(20));
		meet(pairing, mentor, this.today.minusDays(14), "WALKING");
		meet(pairing, mentee, this.today.minusDays(3), "WALKING");
		meet(other, otherMentor, this.today.minusDays(2), "LUNCH");
		Goal goal = this.goals.add(pairing.id(), PairWorld.as(mentee),
				new NewGoal("Give the talk at the spring meeting " + this.suffix, null, null, null, List.of()));
		this.goals.change(goal.id(), PairWorld.as(mentee),
				new GoalChange(null, null, null, false, null, "ACHIEVED", null, null));
		var first = this.activities.of(other.id(), PairWorld.as(otherMentee)).items().get(0).activity();
		this.activities.tick(other.id(), first.id(), PairWorld.as(otherMentee), new ActivityTick(true, null, null));
		String shared = "Thank you for showing me round the archive " + this.suffix;
		String secret = "Private thanks for the difficult talk " + this.suffix;
		this.kudos.give(pairing.id(), PairWorld.as(mentee), new KudosDraft(shared, true));
		this.kudos.give(pairing.id(), PairWorld.as(mentor), new KudosDraft(secret, false));
		return new Celebrated(program, committee, mentee, otherMentee, shared, secret);
	}

	private record Celebrated(Program program, Person committee, Person mentee, Person otherMentee, String sharedKudos,
			String privateKudos) {

	}

	private Person enroll(Program program, Role role, String name, int capacity) {
		return BrowserSession.enroll(this.fixtures, this.programs, program, role, name + " " + this.suffix, capacity);
	}

	private void inDepartment(Person person, String department) {
		this.people.update(person.id(), new PersonEdit(person.name(), person.email(), null, new Person.Profile(null,
				null, department, null, null, null, List.of(), List.of(), List.of(), null, null, null), null));
	}

	private Pairing pair(Program program, Person mentor, Person mentee, LocalDate startedOn) {
		return this.pairings.start(program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), startedOn));
	}

	private void meet(Pairing pairing, Person by, LocalDate day, String format) {
		this.meetings.log(pairing.id(), PairWorld.as(by), new NewMeeting(day, null, format, null, null, null, null));
	}

	/** The health page's "In short" figures, by their terms. */
	private Map<String, String> figures() {
		return facts(this.session.driver().findElement(By.id("figures-heading")).findElement(By.xpath("..")));
	}

	private Map<String, String> celebrationFigures() {
		return facts(this.session.driver().findElement(By.cssSelector(".celebration-figures")));
	}

	private static Map<String, String> facts(WebElement container) {
		List<WebElement> terms = container.findElements(By.tagName("dt"));
		return terms.stream()
			.collect(Collectors.toMap(WebElement::getText,
					(term) -> term.findElement(By.xpath("following-sibling::dd[1]")).getText()));
	}

	/** The at-risk row's nudge button for the pair of this mentor. */
	private WebElement nudgeButton(Person mentor) {
		return this.session.driver()
			.findElements(By.cssSelector("table.at-risk tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains(mentor.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(mentor.name() + " is not in the at-risk list"))
			.findElement(By.xpath(".//button[starts-with(normalize-space(), 'Nudge')]"));
	}

	/** The idea board's entry of the idea with this title. */
	private WebElement idea(String title) {
		return this.session.driver()
			.findElements(By.cssSelector("article.note"))
			.stream()
			.filter((idea) -> idea.findElement(By.tagName("h3")).getText().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError(title + " is not on the idea board"));
	}

	/**
	 * Downloads the PDF from the running server with the browser's cookies and returns
	 * its text, runs of white space made single spaces.
	 */
	private String pdfText(String url) throws IOException, InterruptedException {
		String cookies = this.session.driver()
			.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((disposition) -> assertThat(disposition).contains("attachment", "celebration.pdf"));
		try (PDDocument document = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
