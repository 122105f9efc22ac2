package org.tandem.setup.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The first administrator's name, email and password, typed twice.
 */
public record SetupForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 320) String email,
		@NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 128) String passwordRepeated) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "");
	}

	SetupForm withoutPasswords() {
		return new SetupForm(this.name, this.email, "", "");
	}

}
