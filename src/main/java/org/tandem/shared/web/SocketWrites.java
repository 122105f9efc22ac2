package org.tandem.shared.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * How Tomcat hands an answer to the operating system: in writes of up to
 * {@value #WRITE_BYTES} bytes instead of Tomcat's 8 KB. A page leaves in a few large
 * writes ({@code BufferedJteViewResolver}), and Tomcat sends a write larger than its
 * socket buffer straight from the page's bytes, in slices of the buffer's size: the 208
 * KB health page of a 2,000-pair program took 26 system calls, each waking the client.
 * With 64 KB slices it takes 4: the JVM spent about 15 % less processor time per view and
 * served 12-15 % more views per second (bench/README.md, section 2026-12-07, afternoon).
 * Pages under 8 KB are written as before.
 * <p>
 * Every open connection holds such a buffer, so {@code application.properties} bounds the
 * connections to 1,000 at once ({@code server.tomcat.max-connections}; Tomcat's default
 * is 8,192): at most about 70 MB of buffers, where 8,192 connections with 8 KB buffers
 * could already hold 128 MB of the 192 MB heap. Tomcat keeps the buffers of at most
 * {@value #CACHED_CHANNELS} closed connections for reuse instead of 500.
 */
@Component
class SocketWrites implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

	static final int WRITE_BYTES = 64 * 1024;

	static final int CACHED_CHANNELS = 64;

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addConnectorCustomizers((connector) -> {
			connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BYTES));
			connector.setProperty("socket.bufferPool", Integer.toString(CACHED_CHANNELS));
		});
	}

}
