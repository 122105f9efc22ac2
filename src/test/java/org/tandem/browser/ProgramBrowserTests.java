package org.tandem.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator does in a real browser: sign in, create a program, enroll a
 * mentor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ProgramBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

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
	void administratorCreatesAProgramAndAddsAMentor() {
		Person admin = this.fixtures.admin("Bea Browser");
		Person mentor = this.fixtures.person("Milo Mentor");
		WebDriver driver = this.session.driver();
		String base = this.session.base();

		this.session.signIn(admin);

		driver.get(base + "/programs");
		driver.findElement(By.linkText("New program")).click();
		this.session.waiting().until(ExpectedConditions.urlToBe(base + "/programs/new"));
		String name = "Browser program " + System.nanoTime();
		driver.findElement(By.id("name")).sendKeys(name);
		this.session.setValue(driver.findElement(By.id("startsOn")), "2026-09-01");
		this.session.setValue(driver.findElement(By.id("endsOn")), "2027-06-30");
		driver.findElement(By.id("enrollmentOpen")).click();
		driver.findElement(By.xpath("//button[normalize-space()='Create the program']")).click();
		this.session.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), name));
		assertThat(driver.findElement(By.cssSelector(".flash")).getText()).contains("was created");

		driver.findElement(By.id("add-email")).sendKeys(mentor.email());
		new Select(driver.findElement(By.id("add-role"))).selectByValue("MENTOR");
		WebElement capacity = driver.findElement(By.id("add-capacity"));
		capacity.clear();
		capacity.sendKeys("2");
		driver.findElement(By.id("add-expertise")).sendKeys("cataloguing, grant writing");
		driver.findElement(By.id("add-format-WALKING")).click();
		driver.findElement(By.xpath("//button[normalize-space()='Add participant']")).click();

		this.session.waitForFlash("Milo Mentor was added as mentor.");
		List<String> cells = driver.findElements(By.cssSelector("table tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains("Milo Mentor"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Milo Mentor is not in the participants table"))
			.findElements(By.tagName("td"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(cells.get(0)).contains("Milo Mentor").contains(mentor.email());
		assertThat(cells.subList(1, 4)).containsExactly("Mentor", "Active", "2");

		driver.get(base + "/programs/" + java.util.UUID.randomUUID());
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
		assertThat(driver.getPageSource()).doesNotContain("Exception").doesNotContain(name);
	}

}
