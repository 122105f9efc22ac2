package org.tandem.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The current password and the new one, typed twice.
 */
public record PasswordChangeForm(@NotBlank @Size(max = 128) String currentPassword,
		@NotBlank @Size(max = 128) String newPassword, @NotBlank @Size(max = 128) String newPasswordRepeated) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

}
