package org.tandem.account.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tandem.account.ApiTokens;
import org.tandem.account.LoginThrottle;
import org.tandem.account.ThrottledAuthenticationProvider;
import org.tandem.shared.kernel.ThrottledException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/tokens}: trades an email and password for a bearer token.
 */
@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Tokens")
class TokenApi {

	private final ThrottledAuthenticationProvider authentication;

	private final LoginThrottle throttle;

	private final ApiTokens tokens;

	TokenApi(ThrottledAuthenticationProvider authentication, LoginThrottle throttle, ApiTokens tokens) {
		this.authentication = authentication;
		this.throttle = throttle;
		this.tokens = tokens;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a bearer token from an email and password",
			description = "401 with the same body for an unknown email, a wrong password and a locked account; "
					+ "429 when too many attempts came from the caller's address.")
	TokenResponse create(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		if (this.throttle.addressLocked(http.getRemoteAddr())) {
			throw new ThrottledException("Too many sign-in attempts from your address. Try again later.");
		}
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated(request.email(), request.password());
		attempt.setDetails(new WebAuthenticationDetails(http));
		Authentication result = this.authentication.authenticate(attempt);
		if (!(result.getPrincipal() instanceof TandemPrincipal user)) {
			throw new BadCredentialsException(ThrottledAuthenticationProvider.FAILURE_MESSAGE);
		}
		ApiTokens.IssuedToken issued = this.tokens.issueSignIn(user.personId());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	record TokenRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 128) String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

}
