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
import org.openqa.selenium.support.ui.Select;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3 in a real browser: the committee pairs two people, the mentor logs a walking
 * meeting that happened today, and the committee's overview shows the pair on track.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PairingRhythmBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	BrowserSession session;

	@BeforeEach
	void startBrowser() {
		this.session = BrowserSession.start(this.port);
	}

	@AfterEach
	void stopBrowser() {
		if (this.session != null) {
			this.session.close();
		}
	}

	@Test
	void committeePairsMentorLogsAWalkAndTheOverviewShowsThePairOnTrack() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(Clock.systemUTC());
		Program program = this.programs.create(new Program.Settings("Rhythm program " + suffix, null,
				today.minusMonths(1), today.plusMonths(11), 28, 42, 7, false));
		Person committee = BrowserSession.enroll(this.fixtures, this.programs, program, Role.COMMITTEE,
				"Cleo Committee " + suffix, 0);
		Person mentor = BrowserSession.enroll(this.fixtures, this.programs, program, Role.MENTOR,
				"Walt Walker " + suffix, 1);
		Person mentee = BrowserSession.enroll(this.fixtures, this.programs, program, Role.MENTEE,
				"Nia Newcomer " + suffix, 0);
		WebDriver driver = this.session.driver();
		String overview = this.session.base() + "/programs/" + program.id() + "/pairings";

		this.session.signIn(committee);
		driver.get(overview);
		new Select(driver.findElement(By.id("mentorId"))).selectByValue(mentor.id().value().toString());
		new Select(driver.findElement(By.id("menteeId"))).selectByValue(mentee.id().value().toString());
		driver.findElement(By.xpath("//button[normalize-space()='Pair them']")).click();
		this.session.waitForFlash("The mentor and the mentee are paired.");
		assertThat(row(mentor).getText()).contains(mentee.name(), "Awaiting first contact");
		UUID pairingId = this.jdbc.sql("select id from pairing where mentor_id = :mentor and status = 'ACTIVE'")
			.param("mentor", mentor.id().value())
			.query(UUID.class)
			.single();
		this.session.signOut();

		this.session.signIn(mentor);
		driver.get(this.session.base() + "/pairings/" + pairingId + "/meetings");
		this.session.setValue(driver.findElement(By.id("contact-occurredOn")), today.toString());
		new Select(driver.findElement(By.id("contact-format"))).selectByValue("WALKING");
		driver.findElement(By.id("contact-place")).sendKeys("Round the lake");
		driver.findElement(By.xpath("//button[normalize-space()='Log the contact']")).click();
		this.session.waitForFlash("The contact on " + today + " is logged.");
		assertThat(driver.findElement(By.cssSelector(".cards")).getText()).contains("Walking", "Round the lake");
		this.session.signOut();

		this.session.signIn(committee);
		driver.get(overview);
		String state = row(mentor).findElement(By.cssSelector("td:nth-child(4)")).getText();
		assertThat(state).startsWith("On track");
		assertThat(row(mentor).getText()).contains(mentee.name());
		assertThat(driver.getPageSource()).doesNotContain("Round the lake");
	}

	private WebElement row(Person mentor) {
		return this.session.driver()
			.findElements(By.cssSelector("table tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains(mentor.name()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(mentor.name() + " is not in the pairings table"));
	}

}
