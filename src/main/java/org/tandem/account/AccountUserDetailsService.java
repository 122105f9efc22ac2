package org.tandem.account;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds the account to sign in by email (any case). People without an account or password
 * cannot sign in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

	private final JdbcClient jdbc;

	AccountUserDetailsService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public AccountUser loadUserByUsername(String email) {
		return this.jdbc.sql("""
				select p.id, p.email, p.disabled, a.admin, a.password_hash
				from person p join account a on a.person_id = p.id
				where lower(p.email) = lower(:email) and a.password_hash is not null
				""")
			.param("email", email.strip())
			.query((rs, row) -> new AccountUser(rs.getObject("id", UUID.class), rs.getString("email"),
					rs.getBoolean("admin"), !rs.getBoolean("disabled"), rs.getString("password_hash")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	/**
	 * Stores the new hash of a password that was hashed with weaker parameters, after a
	 * successful sign-in with it.
	 */
	@Override
	public UserDetails updatePassword(UserDetails user, @Nullable String newHash) {
		if (user instanceof AccountUser account && newHash != null) {
			this.jdbc.sql("update account set password_hash = :hash where person_id = :id")
				.param("hash", newHash)
				.param("id", account.personId())
				.update();
			return new AccountUser(account.personId(), account.email(), account.admin(), account.isEnabled(), newHash);
		}
		return user;
	}

}
