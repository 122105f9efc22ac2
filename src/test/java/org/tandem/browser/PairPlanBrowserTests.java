package org.tandem.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
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
 * The pair's plan in a real browser, on a phone-sized screen: the mentor sets a learning
 * goal, the mentee a career goal with milestones (one taken from the suggested steps),
 * the mentor comments on it, and the mentee ticks a suggested activity with a reflection
 * from the workspace. No page scrolls sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PairPlanBrowserTests {

	/** A common phone screen, in CSS pixels. */
	private static final Dimension PHONE = new Dimension(390, 844);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	BrowserSupport.Browser browser;

	String base;

	@BeforeEach
	void startBrowser() {
		this.browser = BrowserSupport.start();
		this.browser.driver().manage().window().setSize(PHONE);
		this.base = "http://localhost:" + this.port;
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void aPairSetsGoalsCommentsAndTicksAnActivityOnAPhone() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(Clock.systemUTC());
		Program program = this.programs.create(new Program.Settings("Plan program " + suffix, null,
				today.minusMonths(1), today.plusMonths(11), 28, 42, 7, false));
		Person mentor = enroll(program, Role.MENTOR, "Lena Learner " + suffix, 1);
		Person mentee = enroll(program, Role.MENTEE, "Omar Outlook " + suffix, 0);
		Pairing pairing = this.pairings.start(program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), today));
		WebDriver driver = this.browser.driver();
		String workspace = this.base + "/pairings/" + pairing.id();

		signIn(mentor);
		driver.get(workspace + "/goals");
		fitsThePhone();
		driver.findElement(By.id("title")).sendKeys("Understand how newcomers find their way");
		driver.findElement(By.xpath("//button[normalize-space()='Set the goal']")).click();
		waitFor("Understand how newcomers find their way");
		fitsThePhone();
		signOut();

		signIn(mentee);
		driver.get(workspace + "/goals");
		driver.findElement(By.id("title")).sendKeys("Apply for the research fellowship");
		// a suggested step becomes a milestone; the form keeps what was typed
		WebElement idea = driver.findElements(By.cssSelector(".goal-idea-list button")).get(0);
		String step = idea.findElement(By.xpath("./preceding-sibling::span")).getText();
		idea.click();
		this.browser.waiting().until(ExpectedConditions.attributeToBe(By.id("milestones.0.title"), "value", step));
		assertThat(driver.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Apply for the research fellowship");
		driver.findElement(By.id("milestones.new")).sendKeys("Ask two colleagues to read the draft");
		driver.findElement(By.xpath("//button[normalize-space()='Set the goal']")).click();
		waitFor("Apply for the research fellowship");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("0 of 2 done", step,
				"Ask two colleagues to read the draft");
		fitsThePhone();
		signOut();

		signIn(mentor);
		driver.get(workspace);
		driver.findElement(By.linkText("Apply for the research fellowship")).click();
		waitFor("Ask two colleagues to read the draft");
		driver.findElement(By.id("comment-body")).sendKeys("Start with the summary: it decides most applications.");
		driver.findElement(By.xpath("//button[normalize-space()='Add the comment']")).click();
		waitFor("Start with the summary: it decides most applications.");
		fitsThePhone();
		signOut();

		signIn(mentee);
		driver.get(workspace);
		fitsThePhone();
		WebElement first = driver.findElements(By.cssSelector(".checklist > li")).get(0);
		first.findElement(By.cssSelector("input[type='checkbox']")).click();
		first.findElement(By.tagName("textarea")).sendKeys("We walked through the special collections together.");
		first.findElement(By.cssSelector("button[type='submit']")).click();
		waitFor("We walked through the special collections together.");
		assertThat(driver.getCurrentUrl()).startsWith(workspace);
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("1 of 5 done", "Apply for the research fellowship",
				"Understand how newcomers find their way");
		fitsThePhone();
	}

	private void waitFor(String text) {
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
	}

	/** Nothing is wider than the screen: the page does not scroll sideways. */
	private void fitsThePhone() {
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		List<?> widths = (List<?>) script
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		long scrollWidth = ((Number) widths.get(0)).longValue();
		long clientWidth = ((Number) widths.get(1)).longValue();
		assertThat(scrollWidth).as("the page's width on %s", this.browser.driver().getCurrentUrl())
			.isLessThanOrEqualTo(clientWidth);
	}

	private Person enroll(Program program, Role role, String name, int capacity) {
		Person person = this.fixtures.person(name);
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	private void signIn(Person person) {
		WebDriver driver = this.browser.driver();
		driver.get(this.base + "/login");
		driver.findElement(By.id("email")).sendKeys(person.email());
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		this.browser.waiting().until(ExpectedConditions.urlToBe(this.base + "/"));
	}

	private void signOut() {
		this.browser.driver().findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/login"));
	}

}
