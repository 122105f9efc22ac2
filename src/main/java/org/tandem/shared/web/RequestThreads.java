package org.tandem.shared.web;

import org.apache.coyote.AbstractProtocol;
import org.tandem.shared.TandemProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * How many requests Tomcat works on at a time: {@code TANDEM_REQUEST_THREADS}, by default
 * four times the processors, instead of Tomcat's 200. Tandem's requests spend most of
 * their time on the processor: with 32 requests in progress on 2 cores, each one takes 16
 * times as long and the processors switch between them, while with 4 to 8 threads the
 * others wait in Tomcat's queue, first come first served. On 2 cores that serves 20-30 %
 * more requests per second with less processor time each, and the slowest wait half as
 * long (bench/README.md, load.sh, "2026-12-07, morning"). A few threads more than the
 * processors keep them busy while some requests wait for the database.
 * <p>
 * A thread is busy while it reads a request's body, so a few slow uploads hold up
 * everyone else: on a network that Tandem does not trust, a reverse proxy that buffers
 * requests (nginx does by default) stands in front of it (README, "Running in
 * production").
 */
@Component
class RequestThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final int threads;

	@Autowired
	RequestThreads(TandemProperties properties) {
		this(properties.requestThreads());
	}

	RequestThreads(int threads) {
		if (threads < 0) {
			throw new IllegalArgumentException(
					"TANDEM_REQUEST_THREADS is " + threads + "; set it to 1 or more, or to 0 for the default.");
		}
		this.threads = (threads > 0) ? threads : 4 * Runtime.getRuntime().availableProcessors();
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> {
			if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
				protocol.setMinSpareThreads(this.threads);
				protocol.setMaxThreads(this.threads);
			}
		});
	}

	int threads() {
		return this.threads;
	}

	/** After Boot's own customizer, which sets {@code server.tomcat.threads.*}. */
	@Override
	public int getOrder() {
		return 1;
	}

}
