package org.tandem.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium ({@link BrowserSupport}) against the application a browser test
 * started on a random port, with what every browser test does: sign in through the login
 * form, sign out, wait for a text or a flash message, and check on a phone-sized screen
 * that no page scrolls sideways. Without Chromium, {@link #start(int)} skips the test
 * with {@link BrowserSupport#INSTALL_HINT} (or fails it where a browser is required).
 */
final class BrowserSession implements AutoCloseable {

	/** A common phone screen, in CSS pixels. */
	static final Dimension PHONE = new Dimension(390, 844);

	private final BrowserSupport.Browser browser;

	private final String base;

	private BrowserSession(BrowserSupport.Browser browser, String base) {
		this.browser = browser;
		this.base = base;
	}

	/** A fresh browser for the application listening on {@code port}. */
	static BrowserSession start(int port) {
		return new BrowserSession(BrowserSupport.start(), "http://localhost:" + port);
	}

	/** Makes the window the size of {@link #PHONE}. */
	BrowserSession onAPhone() {
		this.browser.driver().manage().window().setSize(PHONE);
		return this;
	}

	WebDriver driver() {
		return this.browser.driver();
	}

	WebDriverWait waiting() {
		return this.browser.waiting();
	}

	/** The server's address, such as {@code http://localhost:41234}. */
	String base() {
		return this.base;
	}

	/** The absolute address of a path on the server. */
	String url(String path) {
		return this.base + path;
	}

	/** Opens a path on the server. */
	void open(String path) {
		driver().get(url(path));
	}

	/** See {@link BrowserSupport.Browser#setValue}. */
	void setValue(WebElement input, String value) {
		this.browser.setValue(input, value);
	}

	/** Signs in through the login form and waits for the home page. */
	void signIn(Person person) {
		WebDriver driver = driver();
		driver.get(url("/login"));
		driver.findElement(By.id("email")).sendKeys(person.email());
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
		waiting().until(ExpectedConditions.urlToBe(url("/")));
	}

	/** Signs out with the header's button and waits for the login page. */
	void signOut() {
		driver().findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		waiting().until(ExpectedConditions.urlContains("/login"));
	}

	/** Waits until the page's {@code main} contains the text. */
	void waitFor(String text) {
		waitForText(By.tagName("main"), text);
	}

	/** Waits until the page's flash message contains the text. */
	void waitForFlash(String text) {
		waitForText(By.cssSelector(".flash"), text);
	}

	/**
	 * Waits until the element contains the text, across the page's navigation: while a
	 * form's answer replaces the page, Chromium may answer a read of the old page's
	 * element with "Node with given id does not belong to the document" instead of a
	 * stale element, which means the same: look again.
	 */
	private void waitForText(By element, String text) {
		waiting().until((driver) -> {
			try {
				return driver.findElement(element).getText().contains(text);
			}
			catch (NoSuchElementException | StaleElementReferenceException ex) {
				return false;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return false;
				}
				throw ex;
			}
		});
	}

	/** Nothing is wider than the screen: the page does not scroll sideways. */
	void fitsThePhone() {
		JavascriptExecutor script = (JavascriptExecutor) driver();
		List<?> widths = (List<?>) script
			.executeScript("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
		long scrollWidth = ((Number) widths.get(0)).longValue();
		long clientWidth = ((Number) widths.get(1)).longValue();
		assertThat(scrollWidth).as("the page's width on %s", driver().getCurrentUrl()).isLessThanOrEqualTo(clientWidth);
	}

	/**
	 * A new person who can sign in, enrolled in the program with an empty profile.
	 */
	static Person enroll(Fixtures fixtures, Programs programs, Program program, Role role, String name, int capacity) {
		Person person = fixtures.person(name);
		programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	@Override
	public void close() {
		this.browser.close();
	}

}
