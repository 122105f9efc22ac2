package org.tandem.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.shared.EmailAddress;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.kernel.InvalidInputException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On an installation without accounts, creates the administrator named by
 * {@code TANDEM_ADMIN_EMAIL} and {@code TANDEM_ADMIN_PASSWORD}, or prints a one-time link
 * with which the first visitor creates one. A half or unusable configuration stops the
 * start, even when accounts exist, so that the mistake is seen at once.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final People people;

	private final String email;

	private final String password;

	FirstAdministrator(Accounts accounts, People people, TandemProperties properties) {
		this.accounts = accounts;
		this.people = people;
		String email = properties.admin().email();
		String password = properties.admin().password();
		this.email = (email != null) ? email.strip() : "";
		this.password = (password != null) ? password : "";
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		checkConfiguration();
		if (this.accounts.anyAccountExists()) {
			return;
		}
		if (StringUtils.hasText(this.email)) {
			Person admin = this.people.findByEmail(this.email)
				.orElseGet(() -> this.people.create(this.email, "Administrator"));
			this.accounts.setPassword(admin.id().value(), this.password);
			this.accounts.grantAdmin(admin.id().value());
			log.info("Created the administrator {} from TANDEM_ADMIN_EMAIL.", admin.email());
			return;
		}
		String link = this.accounts.issueSetupLink();
		log.warn("""

				  No account exists yet. Open this one-time link to create the administrator (valid 24 hours):
				    {}
				""", link);
	}

	/**
	 * @throws InvalidSetupException naming the variable at fault
	 */
	void checkConfiguration() {
		boolean hasEmail = StringUtils.hasText(this.email);
		boolean hasPassword = !this.password.isEmpty();
		if (hasEmail != hasPassword) {
			throw new InvalidSetupException("Only " + (hasEmail ? "TANDEM_ADMIN_EMAIL" : "TANDEM_ADMIN_PASSWORD")
					+ " is set. Set both TANDEM_ADMIN_EMAIL and TANDEM_ADMIN_PASSWORD to create the first administrator, "
					+ "or neither to get a one-time setup link.");
		}
		if (!hasEmail) {
			return;
		}
		if (!EmailAddress.isValid(this.email.strip())) {
			throw new InvalidSetupException("TANDEM_ADMIN_EMAIL is not an email address.");
		}
		try {
			this.accounts.checkPassword("TANDEM_ADMIN_PASSWORD", this.password);
		}
		catch (InvalidInputException ex) {
			throw new InvalidSetupException("TANDEM_ADMIN_PASSWORD " + ex.getMessage()
					+ ". Choose a longer password for the first administrator: a passphrase of several words works well.");
		}
	}

}
