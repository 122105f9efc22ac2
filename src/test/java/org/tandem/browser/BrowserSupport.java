package org.tandem.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts headless Chromium for the browser tests. Without Chromium the tests are skipped,
 * unless {@code TANDEM_REQUIRE_BROWSER=true} (as in CI), where a missing browser fails
 * them.
 */
public final class BrowserSupport {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final String INSTALL_HINT = "Chromium not installed: apt-get install -y chromium chromium-driver";

	private BrowserSupport() {
	}

	/**
	 * A fresh browser with its own empty profile; close it to quit and delete the
	 * profile.
	 */
	public static Browser start() {
		boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
		if (!installed) {
			if ("true".equalsIgnoreCase(System.getenv("TANDEM_REQUIRE_BROWSER"))) {
				Assertions.fail(INSTALL_HINT + " (required because TANDEM_REQUIRE_BROWSER=true)");
			}
			Assumptions.assumeTrue(false, INSTALL_HINT);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
		Path profile = temporaryProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.build();
		return new Browser(new ChromeDriver(service, options), profile);
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("tandem-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A running browser and the profile directory it owns.
	 */
	public record Browser(WebDriver driver, Path profile) implements AutoCloseable {

		public WebDriverWait waiting() {
			return new WebDriverWait(this.driver, Duration.ofSeconds(15));
		}

		/**
		 * Sets an input's value directly: date inputs take typed keys in the browser's
		 * locale format, which a test should not depend on.
		 */
		public void setValue(WebElement input, String value) {
			((JavascriptExecutor) this.driver).executeScript("arguments[0].value = arguments[1];", input, value);
		}

		@Override
		public void close() {
			try {
				this.driver.quit();
			}
			finally {
				deleteProfile();
			}
		}

		private void deleteProfile() {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ex) {
				// A leftover temporary profile is harmless; the test result matters.
			}
		}

	}

}
