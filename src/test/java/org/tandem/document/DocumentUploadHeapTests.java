package org.tandem.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, on a real Tomcat, how much heap the request thread allocates to receive,
 * check, encrypt and store a 10 MB upload (multipart parsing included): the bytes the JVM
 * counts for that thread ({@code com.sun.management.ThreadMXBean}) from the first filter
 * to the answer. The figure is written to {@code target/document-upload-heap.txt}. Also
 * checks that a request over the multipart limit is a 413 problem on a real server,
 * refused before Tandem's security reads it, and that the page's upload form keeps its
 * CSRF token in the body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ Fixtures.class, PairWorlds.class, QueryCounter.class, DocumentUploadHeapTests.Probe.class })
class DocumentUploadHeapTests {

	/**
	 * What a 10 MB upload may allocate in all, garbage included: Tomcat's in-memory part
	 * and its copy, the sealed chunks and the JDBC driver's copies of them (measured:
	 * about 50 MB, 4.8 times the file).
	 */
	static final long BUDGET = 64L * 1024 * 1024;

	@LocalServerPort
	int port;

	@Autowired
	PairWorlds worlds;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		Probe.ALLOCATED.clear();
	}

	@Test
	void a10MbUploadAllocatesAFewTimesItsSizeNotTenTimes() throws Exception {
		byte[] pdf = java.util.Arrays.copyOf(DocumentFiles.pdf("heap", 10 * 1024 * 1024 - 4096),
				(int) Documents.MAX_BYTES);
		// warm up the code paths once with a small file, then measure the large one
		assertThat(send(DocumentFiles.pdf("warm")).statusCode()).isEqualTo(201);
		Probe.ALLOCATED.clear();
		HttpResponse<String> response = send(pdf);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		long allocated = Probe.ALLOCATED.values().stream().mapToLong(Long::longValue).sum();
		Files.writeString(Path.of("target", "document-upload-heap.txt"),
				"A " + pdf.length + "-byte upload allocated " + allocated + " bytes on its request thread ("
						+ String.format(java.util.Locale.ROOT, "%.1f", allocated / (double) pdf.length)
						+ " times its size)\n");
		assertThat(allocated).as("allocated %,d bytes", allocated).isPositive().isLessThan(BUDGET);
	}

	@Test
	void aRequestOverTheMultipartLimitIsA413ProblemOnARealServer() throws Exception {
		HttpResponse<String> response = send(new byte[12 * 1024 * 1024]);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	/**
	 * The page's form carries its CSRF token in the body, as every form does: a file over
	 * 10 MB is still refused by the service with the form's message, not a 403 from a
	 * token lost while the body was parsed; a request declared over the limit is a 413
	 * before security reads it; a small upload is stored.
	 */
	@Test
	void theUploadFormKeepsItsTokenInTheBodyAndOversizeIsA413() throws Exception {
		String session = "SESSION=" + this.world.signIn(this.world.mentee).getValue();
		String page = "http://localhost:" + this.port + "/pairings/" + this.world.pairing.id() + "/documents";
		HttpResponse<String> form = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(page)).header("Cookie", session).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("action=\"/pairings/" + this.world.pairing.id() + "/documents\"")
			.doesNotContain("documents?_csrf");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).as("the form's CSRF field").isTrue();

		HttpResponse<String> stored = sendPage(page, session, token.group(1), DocumentFiles.pdf("small"));
		assertThat(stored.statusCode()).as(stored.body()).isEqualTo(302);
		byte[] tooLarge = java.util.Arrays.copyOf(DocumentFiles.pdf("large", 10 * 1024 * 1024),
				10 * 1024 * 1024 + 500_000);
		HttpResponse<String> refused = sendPage(page, session, token.group(1), tooLarge);
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("is larger than 10 MB");
		HttpResponse<String> overLimit = sendPage(page, session, token.group(1), new byte[12 * 1024 * 1024]);
		assertThat(overLimit.statusCode()).isEqualTo(413);
	}

	private HttpResponse<String> sendPage(String page, String session, String csrf, byte[] file) throws Exception {
		String boundary = "----tandem" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nDraft\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"draft.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest request = HttpRequest.newBuilder(URI.create(page))
			.header("Cookie", session)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> send(byte[] file) throws Exception {
		String boundary = "----tandem" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHeap\r\n" + "--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"heap.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest request = HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + this.port + "/api/v1/pairings/" + this.world.pairing.id() + "/documents"))
			.header("Authorization", this.world.token(this.world.mentee))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Counts the bytes each upload request's thread allocates, first in the filter chain.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Probe {

		static final Map<String, Long> ALLOCATED = new ConcurrentHashMap<>();

		@Bean
		FilterRegistrationBean<OncePerRequestFilter> allocationProbe() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory
								.getThreadMXBean();
							long before = threads.getCurrentThreadAllocatedBytes();
							try {
								chain.doFilter(request, response);
							}
							finally {
								if (request.getRequestURI().endsWith("/documents")) {
									ALLOCATED.merge(request.getRequestURI(),
											threads.getCurrentThreadAllocatedBytes() - before, Long::sum);
								}
							}
						}

					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
