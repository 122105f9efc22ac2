package org.tandem.setup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * On an installation without accounts, creates the administrator named by
 * {@code TANDEM_ADMIN_EMAIL} and {@code TANDEM_ADMIN_PASSWORD}, or prints a one-time link
 * with which the first visitor creates one.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final People people;

	private final String email;

	private final String password;

	FirstAdministrator(Accounts accounts, People people, @Value("${tandem.admin.email:}") String email,
			@Value("${tandem.admin.password:}") String password) {
		this.accounts = accounts;
		this.people = people;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.anyAccountExists()) {
			return;
		}
		if (StringUtils.hasText(this.email) && StringUtils.hasText(this.password)) {
			this.accounts.checkPassword("TANDEM_ADMIN_PASSWORD", this.password);
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

}
