package org.tandem.browser;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the committee does in a real browser: run the matcher, review, pin another mentor
 * for a mentee (a new draft), and publish.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class MatchingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Programs programs;

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

	Person enroll(Program program, String name, Role role, String topic) {
		Person person = this.fixtures.person(name + " " + System.nanoTime());
		List<String> topics = List.of(topic);
		this.programs.enroll(program.id(), person.id().value(), role, 1,
				new Participant.Profile(role == Role.MENTOR ? topics : List.of(),
						role == Role.MENTEE ? topics : List.of(), null, List.of(), null, List.of()));
		return person;
	}

	@Test
	void committeeReviewsPinsRerunsAndPublishes() {
		Person admin = this.fixtures.admin("Bea Browser");
		LocalDate start = LocalDate.now().minusMonths(1);
		Program program = this.programs.create(new Program.Settings("Matching in a browser " + System.nanoTime(), null,
				start, start.plusYears(1), 28, 42, 7, false));
		Person archivist = enroll(program, "Ann Archivist", Role.MENTOR, "archives");
		Person teacher = enroll(program, "Ted Teacher", Role.MENTOR, "teaching");
		Person wantsArchives = enroll(program, "Wes Wantsarchives", Role.MENTEE, "archives");
		enroll(program, "Tia Wantsteaching", Role.MENTEE, "teaching");
		WebDriver driver = this.session.driver();
		String base = this.session.base();

		this.session.signIn(admin);

		driver.get(base + "/programs/" + program.id());
		driver.findElement(By.linkText("Matching")).click();
		driver.findElement(By.xpath("//button[normalize-space()='Run matching']")).click();
		this.session.waiting().until(ExpectedConditions.urlContains("/matching-runs/"));
		String firstRun = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("total-score")).getText()).isEqualTo("160");
		assertThat(mentorOf(driver, wantsArchives)).isEqualTo(archivist.id().toString());

		driver.findElement(By.cssSelector("tr[data-mentee='" + wantsArchives.id() + "'] a")).click();
		this.session.waiting().until(ExpectedConditions.urlContains("/swap"));
		driver.findElement(By.id("mentor-" + teacher.id())).click();
		driver.findElement(By.xpath("//button[normalize-space()='Pin and run again']")).click();
		// the swap page's own address contains "/matching-runs/" too: wait for the new
		// run's page
		this.session.waiting()
			.until(ExpectedConditions.and(ExpectedConditions.not(ExpectedConditions.urlContains("/swap")),
					ExpectedConditions.not(ExpectedConditions.urlToBe(firstRun)),
					ExpectedConditions.urlContains("/matching-runs/")));
		this.session.waiting()
			.until(ExpectedConditions
				.presenceOfElementLocated(By.cssSelector("tr[data-mentee='" + wantsArchives.id() + "']")));
		assertThat(mentorOf(driver, wantsArchives)).isEqualTo(teacher.id().toString());
		assertThat(driver.findElement(By.cssSelector("tr[data-mentee='" + wantsArchives.id() + "']")).getText())
			.contains("pinned");
		assertThat(driver.findElement(By.id("comparison")).getText()).contains("-160");

		driver.findElement(By.xpath("//button[starts-with(normalize-space(), 'Publish')]")).click();
		this.session.waitForFlash("The run was published: 2 pairings started.");
		assertThat(driver.getCurrentUrl()).endsWith("/programs/" + program.id() + "/pairings");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(teacher.name());
	}

	private static String mentorOf(WebDriver driver, Person mentee) {
		return driver.findElement(By.cssSelector("tr[data-mentee='" + mentee.id() + "']")).getAttribute("data-mentor");
	}

}
