package org.tandem.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Its user name is the person id, so that sessions are indexed by
 * person (to end them when a person is disabled) and survive a change of email.
 */
final class AccountUser implements UserDetails, CredentialsContainer, TandemPrincipal {

	private static final long serialVersionUID = 1L;

	private final UUID personId;

	private final String email;

	private final boolean admin;

	private final boolean enabled;

	private @Nullable String passwordHash;

	AccountUser(UUID personId, String email, boolean admin, boolean enabled, @Nullable String passwordHash) {
		this.personId = personId;
		this.email = email;
		this.admin = admin;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	@Override
	public UUID personId() {
		return this.personId;
	}

	@Override
	public String email() {
		return this.email;
	}

	@Override
	public boolean admin() {
		return this.admin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.admin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.personId.toString();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.personId.equals(this.personId);
	}

	@Override
	public int hashCode() {
		return this.personId.hashCode();
	}

	@Override
	public String toString() {
		return "AccountUser[" + this.personId + "]";
	}

}
