package org.tandem.shared.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * {@link RequestThreads} on a real Tomcat, after Boot's own customizer as in the
 * application: as many requests run at a time as it says, and the others wait in Tomcat's
 * queue and are served once a thread is free.
 */
class RequestThreadsTests {

	@Test
	void byDefaultFourTimesTheProcessors() {
		int processors = Runtime.getRuntime().availableProcessors();
		assertThat(new RequestThreads(0).threads()).isEqualTo(4 * processors);
		assertThat(new RequestThreads(7).threads()).isEqualTo(7);
	}

	@Test
	void aNegativeCountStopsTheStartWithTheVariableToChange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestThreads(-1))
			.withMessageContaining("TANDEM_REQUEST_THREADS is -1");
	}

	@Test
	void onlyThatManyRequestsRunAndTheRestWaitTheirTurn() throws Exception {
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		HttpServlet blocking = new HttpServlet() {

			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				running.decrementAndGet();
				response.getWriter().write("served");
			}

		};
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		List<WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>> customizers = new ArrayList<>(
				List.of(new RequestThreads(3), bootsCustomizer()));
		AnnotationAwareOrderComparator.sort(customizers);
		customizers.forEach((customizer) -> customizer.customize(factory));
		TomcatWebServer server = (TomcatWebServer) factory
			.getWebServer((context) -> context.addServlet("blocking", blocking).addMapping("/"));
		server.start();
		try {
			AbstractProtocol<?> protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();
			ThreadPoolExecutor executor = (ThreadPoolExecutor) protocol.getExecutor();
			assertThat(executor.getMaximumPoolSize()).isEqualTo(3);

			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			URI uri = URI.create("http://127.0.0.1:" + server.getPort() + "/");
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				answers
					.add(client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()));
			}
			await().atMost(Duration.ofSeconds(20)).until(() -> running.get() == 3 && executor.getQueue().size() == 5);
			release.countDown();
			for (CompletableFuture<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(20, TimeUnit.SECONDS);
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).isEqualTo("served");
			}
			assertThat(mostAtOnce).hasValue(3);
		}
		finally {
			release.countDown();
			server.stop();
		}
	}

	/** Boot's Tomcat customizer with its defaults: 200 threads, 10 kept spare. */
	private static TomcatWebServerFactoryCustomizer bootsCustomizer() {
		return new TomcatWebServerFactoryCustomizer(new MockEnvironment(), new ServerProperties(),
				new TomcatServerProperties(), new WebProperties());
	}

}
