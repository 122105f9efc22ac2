package org.tandem.browser;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.tandem.meeting.Meetings;
import org.tandem.meeting.NewMeeting;
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
 * Talking and feedback in a real browser, on a phone-sized screen: the mentee sends a
 * message that the mentor sees on the workspace, the mentor says how useful their lunch
 * was, and the mentee raises a concern that the mentor never sees. No page scrolls
 * sideways.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class PairTalkBrowserTests {

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
	void aMessageAPulseAndAConcernOnAPhone() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(Clock.systemUTC());
		Program program = this.programs.create(new Program.Settings("Talk program " + suffix, null,
				today.minusMonths(1), today.plusMonths(11), 28, 42, 7, false));
		Person mentor = BrowserSession.enroll(this.fixtures, this.programs, program, Role.MENTOR,
				"Tess Talker " + suffix, 1);
		Person mentee = BrowserSession.enroll(this.fixtures, this.programs, program, Role.MENTEE,
				"Ivo Inquirer " + suffix, 0);
		Pairing pairing = this.pairings.start(program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), today.minusDays(3)));
		this.meetings.log(pairing.id(), PairWorld.as(mentor),
				new NewMeeting(today, null, "LUNCH", null, null, null, null));
		WebDriver driver = this.session.driver();
		String workspace = this.session.base() + "/pairings/" + pairing.id();
		String message = "Could we look at my fellowship draft on Thursday? " + suffix;
		String concern = "We keep missing each other and I do not know how to say so. " + suffix;

		this.session.signIn(mentee);
		driver.get(workspace + "/messages");
		this.session.fitsThePhone();
		driver.findElement(By.id("body")).sendKeys(message);
		driver.findElement(By.xpath("//button[normalize-space()='Send']")).click();
		this.session.waitFor(message);
		this.session.fitsThePhone();
		driver.get(this.session.base() + "/programs/" + program.id() + "/concerns/new?pairingId=" + pairing.id());
		assertThat(driver.findElement(By.tagName("main")).getText()).containsIgnoringCase("not told");
		driver.findElement(By.id("body")).sendKeys(concern);
		driver.findElement(By.xpath("//button[normalize-space()='Send to the committee']")).click();
		this.session.waitFor(concern);
		this.session.fitsThePhone();
		this.session.signOut();

		this.session.signIn(mentor);
		assertThat(driver.findElement(By.cssSelector(".site-header nav")).getText()).contains("My pairings 1");
		driver.get(workspace);
		this.session.waitFor(message);
		this.session.fitsThePhone();
		driver.get(workspace + "/meetings");
		driver.findElement(By.partialLinkText("How useful")).click();
		driver.findElement(By.cssSelector("label[for='usefulness-4']")).click();
		driver.findElement(By.id("comment")).sendKeys("The best lunch so far.");
		driver.findElement(By.xpath("//button[normalize-space()='Save my answer']")).click();
		this.session.waitFor("4 out of 5");
		this.session.fitsThePhone();
		for (String page : List.of(workspace, workspace + "/messages", this.session.base() + "/notifications",
				this.session.base() + "/me/concerns")) {
			driver.get(page);
			assertThat(driver.getPageSource()).as(page).doesNotContain(concern);
		}
	}

}
