package org.tandem.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks email and password, refusing while the account or the address is locked. Every
 * refusal is the same {@link BadCredentialsException}, so an unknown email, a wrong
 * password, a disabled person and a locked account cannot be told apart.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	static final String FAILURE_MESSAGE = "The email or password is not right, or the account is locked for a while.";

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(encoder);
		this.delegate.setHideUserNotFoundExceptions(true);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = String.valueOf(authentication.getPrincipal());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		if (this.throttle.accountLocked(email) || this.throttle.addressLocked(address)) {
			this.throttle.recordFailure(email, address);
			throw new BadCredentialsException(FAILURE_MESSAGE);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(email);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(email, address);
			throw new BadCredentialsException(FAILURE_MESSAGE);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
