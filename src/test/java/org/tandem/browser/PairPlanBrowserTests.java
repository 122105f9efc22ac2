package org.tandem.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
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

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	BrowserSession session;

	@BeforeEach
	void startBrowser() {
		this.session = BrowserSession.start(this.port).onAPhone();
	}

	@AfterEach
	void stopBrowser() {
		if (this.session != null) {
			this.session.close();
		}
	}

	@Test
	void aPairSetsGoalsCommentsAndTicksAnActivityOnAPhone() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(Clock.systemUTC());
		Program program = this.programs.create(new Program.Settings("Plan program " + suffix, null,
				today.minusMonths(1), today.plusMonths(11), 28, 42, 7, false));
		Person mentor = BrowserSession.enroll(this.fixtures, this.programs, program, Role.MENTOR,
				"Lena Learner " + suffix, 1);
		Person mentee = BrowserSession.enroll(this.fixtures, this.programs, program, Role.MENTEE,
				"Omar Outlook " + suffix, 0);
		Pairing pairing = this.pairings.start(program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), today));
		WebDriver driver = this.session.driver();
		String workspace = this.session.base() + "/pairings/" + pairing.id();

		this.session.signIn(mentor);
		driver.get(workspace + "/goals");
		this.session.fitsThePhone();
		driver.findElement(By.id("title")).sendKeys("Understand how newcomers find their way");
		driver.findElement(By.xpath("//button[normalize-space()='Set the goal']")).click();
		this.session.waitFor("Understand how newcomers find their way");
		this.session.fitsThePhone();
		this.session.signOut();

		this.session.signIn(mentee);
		driver.get(workspace + "/goals");
		driver.findElement(By.id("title")).sendKeys("Apply for the research fellowship");
		// a suggested step becomes a milestone; the form keeps what was typed
		WebElement idea = driver.findElements(By.cssSelector(".goal-idea-list button")).get(0);
		String step = idea.findElement(By.xpath("./preceding-sibling::span")).getText();
		idea.click();
		this.session.waiting().until(ExpectedConditions.attributeToBe(By.id("milestones.0.title"), "value", step));
		assertThat(driver.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Apply for the research fellowship");
		driver.findElement(By.id("milestones.new")).sendKeys("Ask two colleagues to read the draft");
		driver.findElement(By.xpath("//button[normalize-space()='Set the goal']")).click();
		this.session.waitFor("Apply for the research fellowship");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("0 of 2 done", step,
				"Ask two colleagues to read the draft");
		this.session.fitsThePhone();
		this.session.signOut();

		this.session.signIn(mentor);
		driver.get(workspace);
		driver.findElement(By.linkText("Apply for the research fellowship")).click();
		this.session.waitFor("Ask two colleagues to read the draft");
		driver.findElement(By.id("comment-body")).sendKeys("Start with the summary: it decides most applications.");
		driver.findElement(By.xpath("//button[normalize-space()='Add the comment']")).click();
		this.session.waitFor("Start with the summary: it decides most applications.");
		this.session.fitsThePhone();
		this.session.signOut();

		this.session.signIn(mentee);
		driver.get(workspace);
		this.session.fitsThePhone();
		WebElement first = driver.findElements(By.cssSelector(".checklist > li")).get(0);
		first.findElement(By.cssSelector("input[type='checkbox']")).click();
		first.findElement(By.tagName("textarea")).sendKeys("We walked through the special collections together.");
		first.findElement(By.cssSelector("button[type='submit']")).click();
		this.session.waitFor("We walked through the special collections together.");
		assertThat(driver.getCurrentUrl()).startsWith(workspace);
		String page = driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("1 of 5 done", "Apply for the research fellowship",
				"Understand how newcomers find their way");
		this.session.fitsThePhone();
	}

}
