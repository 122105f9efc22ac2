package org.tandem.support;

import java.util.UUID;

import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;

import org.springframework.stereotype.Component;

/**
 * Small builders for the data a test needs. Every person gets a unique email, so tests
 * share no state.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "correct horse battery";

	private final People people;

	private final Accounts accounts;

	Fixtures(People people, Accounts accounts) {
		this.people = people;
		this.accounts = accounts;
	}

	public static String uniqueEmail(String who) {
		return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	/**
	 * A person who can sign in with {@link #PASSWORD}.
	 */
	public Person person(String name) {
		Person person = this.people.create(uniqueEmail(name.toLowerCase().replace(' ', '.')), name);
		this.accounts.setPassword(person.id().value(), PASSWORD);
		return person;
	}

	public Person admin(String name) {
		Person person = person(name);
		this.accounts.grantAdmin(person.id().value());
		return person;
	}

	public void disable(Person person) {
		this.people.disable(person.id());
	}

}
