package org.tandem.account;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the proxies in
 * {@code TANDEM_TRUSTED_PROXIES} (addresses or CIDR ranges; loopback by default). From
 * anyone else the headers are ignored: otherwise any client could pick the address that
 * sign-in throttling counts against, or claim HTTPS.
 * <p>
 * The client is the right-most address in {@code X-Forwarded-For} that is not itself a
 * trusted proxy: each proxy appends the address it saw, so everything left of that was
 * written by the client and proves nothing.
 */
class TrustedProxies extends OncePerRequestFilter {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

	private final List<IpAddressMatcher> trusted;

	TrustedProxies(List<String> proxies) {
		List<IpAddressMatcher> matchers = new ArrayList<>();
		for (String proxy : proxies) {
			if (!proxy.isBlank()) {
				matchers.add(matcher(proxy.strip()));
			}
		}
		this.trusted = List.copyOf(matchers);
	}

	private static IpAddressMatcher matcher(String proxy) {
		String address = proxy.contains("/") ? proxy.substring(0, proxy.indexOf('/')) : proxy;
		if (!IP_LITERAL.matcher(address).matches()) {
			throw new IllegalArgumentException("TANDEM_TRUSTED_PROXIES must list IP addresses or CIDR ranges "
					+ "separated by commas, such as 10.0.0.5,192.168.10.0/24; '" + proxy + "' is neither.");
		}
		try {
			return new IpAddressMatcher(proxy);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("TANDEM_TRUSTED_PROXIES: '" + proxy + "' is no address or range.", ex);
		}
	}

	boolean isTrusted(@Nullable String address) {
		if (address == null || !IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			return this.trusted.stream().anyMatch((matcher) -> matcher.matches(address));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// without forwarded headers the request is as it arrived: no wrapper for every
		// later call to pass through
		if ((request.getHeader("X-Forwarded-For") == null && request.getHeader("X-Forwarded-Proto") == null)
				|| !isTrusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new Forwarded(request, client(request), protocol(request)), response);
	}

	private String client(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		List<String> hops = new ArrayList<>();
		for (var values = request.getHeaders("X-Forwarded-For"); values.hasMoreElements();) {
			for (String hop : values.nextElement().split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.strip());
				}
			}
		}
		String client = remote;
		for (int i = hops.size() - 1; i >= 0; i--) {
			client = hops.get(i);
			if (!isTrusted(client)) {
				break;
			}
		}
		return IP_LITERAL.matcher(client).matches() ? client : remote;
	}

	private static @Nullable String protocol(HttpServletRequest request) {
		String header = request.getHeader("X-Forwarded-Proto");
		if (header == null) {
			return null;
		}
		String[] values = header.split(",");
		String last = values[values.length - 1].strip().toLowerCase(Locale.ROOT);
		return (last.equals("https") || last.equals("http")) ? last : null;
	}

	/**
	 * The request as the trusted proxy saw it arrive.
	 */
	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final @Nullable String scheme;

		Forwarded(HttpServletRequest request, String client, @Nullable String scheme) {
			super(request);
			this.client = client;
			this.scheme = scheme;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public String getScheme() {
			return (this.scheme != null) ? this.scheme : super.getScheme();
		}

		@Override
		public boolean isSecure() {
			return (this.scheme != null) ? this.scheme.equals("https") : super.isSecure();
		}

	}

}
