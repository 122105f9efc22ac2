package org.tandem.account;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.tandem.shared.EmailAddress;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks email and password, refusing while the account or the address is locked. Every
 * refusal is the same {@link BadCredentialsException} after the same work (one password
 * hash), so an unknown email, a wrong password, a disabled person and a locked account
 * cannot be told apart by answer or by time. A password hashed with weaker parameters
 * than today's is hashed again on a successful sign-in.
 */
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

	public static final String FAILURE_MESSAGE = "The email or password is not right, or the account is locked for a while.";

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	/**
	 * Compared against on paths that have no hash of their own, to take the same time.
	 * Made on another thread at start (a cold hash takes about 0.3 s), so that the start
	 * does not wait for it; the first refusal that needs it waits if it is not ready yet.
	 */
	private final CompletableFuture<String> dummyHash;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.delegate = new DaoAuthenticationProvider(users);
		this.delegate.setPasswordEncoder(encoder);
		this.delegate.setHideUserNotFoundExceptions(true);
		this.delegate.setUserDetailsPasswordService(users);
		// the password is checked before the account's state, so that a disabled
		// account costs the same hash as any other
		this.delegate.setPreAuthenticationChecks((user) -> {
		});
		this.delegate.setPostAuthenticationChecks(ThrottledAuthenticationProvider::checkUsable);
		this.throttle = throttle;
		this.encoder = encoder;
		this.dummyHash = CompletableFuture
			.supplyAsync(() -> encoder.encode("not the password of anyone: " + UUID.randomUUID()));
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String email = String.valueOf(authentication.getPrincipal());
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null ? details.getRemoteAddress() : "unknown";
		if (email.length() > EmailAddress.MAX_LENGTH || this.throttle.accountLocked(email)
				|| this.throttle.addressLocked(address)) {
			this.encoder.matches(String.valueOf(authentication.getCredentials()), this.dummyHash.join());
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

	private static void checkUsable(UserDetails user) {
		if (!user.isEnabled()) {
			throw new DisabledException("Disabled");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
