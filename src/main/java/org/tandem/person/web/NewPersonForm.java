package org.tandem.person.web;

import org.jspecify.annotations.Nullable;

/**
 * The form that adds one person; without a password Tandem makes an invitation link.
 */
public record NewPersonForm(@Nullable String name, @Nullable String email, @Nullable String password) {

	static NewPersonForm empty() {
		return new NewPersonForm("", "", "");
	}

	/**
	 * What the form shows again after an error: never the password.
	 */
	NewPersonForm withoutPassword() {
		return new NewPersonForm(this.name, this.email, "");
	}

	public String shownName() {
		return (this.name != null) ? this.name : "";
	}

	public String shownEmail() {
		return (this.email != null) ? this.email : "";
	}

	@Nullable String passwordOrNull() {
		return (this.password == null || this.password.isEmpty()) ? null : this.password;
	}

}
