package org.tandem.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A first password, typed twice: the invitation form.
 */
public record NewPasswordForm(@NotBlank @Size(max = 128) String password,
		@NotBlank @Size(max = 128) String passwordRepeated) {

	static NewPasswordForm empty() {
		return new NewPasswordForm("", "");
	}

}
