package org.tandem.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Random;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SocketWrites} on a real Tomcat: the connector takes the settings, and answers
 * larger than one write, smaller than one, and of exactly one, arrive whole and
 * unchanged.
 */
class SocketWritesTests {

	@Test
	void answersOfEverySizeArriveWholeThroughTheLargerWrites() throws Exception {
		// seeded, so a failure repeats; not a pattern that a slice off by one would still
		// match
		byte[] page = new byte[3 * SocketWrites.WRITE_BYTES + 12_345];
		new Random(20261207).nextBytes(page);
		HttpServlet servlet = new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				int length = Integer.parseInt(request.getParameter("length"));
				response.setContentLength(length);
				response.getOutputStream().write(page, 0, length);
			}

		};
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		new SocketWrites().customize(factory);
		TomcatWebServer server = (TomcatWebServer) factory
			.getWebServer((context) -> context.addServlet("page", servlet).addMapping("/"));
		server.start();
		try {
			Connector connector = server.getTomcat().getConnector();
			assertThat(connector.getProperty("socket.appWriteBufSize"))
				.hasToString(Integer.toString(SocketWrites.WRITE_BYTES));
			assertThat(connector.getProperty("socket.bufferPool"))
				.hasToString(Integer.toString(SocketWrites.CACHED_CHANNELS));
			HttpClient client = HttpClient.newHttpClient();
			for (int length : new int[] { page.length, SocketWrites.WRITE_BYTES, SocketWrites.WRITE_BYTES - 1,
					8 * 1024 + 1, 100, 0 }) {
				HttpResponse<byte[]> response = client.send(HttpRequest
					.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + "/?length=" + length))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).as("an answer of %d bytes", length).isEqualTo(Arrays.copyOf(page, length));
			}
		}
		finally {
			server.stop();
		}
	}

}
