package org.tandem.setup;

import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.UrlSecret;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator through a setup link, all or nothing: a refused
 * password or a taken email leaves the link unused and writes nothing.
 */
@Service
public class AdministratorSetup {

	private final Accounts accounts;

	private final People people;

	AdministratorSetup(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	/**
	 * @throws InvalidInputException if the password breaks the policy
	 * @throws ConflictException if a person has this email
	 * @throws NotFoundException if the link is not valid (any more)
	 */
	@Transactional
	public void createAdministrator(UrlSecret link, String name, String email, String password) {
		this.accounts.checkPassword("password", password);
		if (!this.accounts.useSetupLink(link.value())) {
			throw new NotFoundException("This setup link is not valid any more.");
		}
		Person admin = this.people.create(email, name);
		this.accounts.setPassword(admin.id().value(), password);
		this.accounts.grantAdmin(admin.id().value());
	}

}
