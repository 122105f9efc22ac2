package org.tandem.startup;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.connector.Connector;
import org.tandem.TandemApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application, started as {@code java -jar} would start it (no test context, so
 * the embedded database lives in the given data directory), with a browser-like HTTP
 * client that keeps cookies.
 */
final class RunningTandem implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private RunningTandem(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts Tandem on the embedded database in {@code dataDir}, on a free port, ignoring
	 * any {@code TANDEM_*} variables of the machine running the tests.
	 */
	static RunningTandem start(Path dataDir, String... extra) {
		return new RunningTandem(run(arguments(dataDir, extra)));
	}

	static ConfigurableApplicationContext run(List<String> arguments) {
		return new SpringApplicationBuilder(TandemApplication.class).run(arguments.toArray(String[]::new));
	}

	/**
	 * The command line: defaults that make the start independent of the machine, then
	 * {@code extra} ({@code --name=value}), which replaces a default of the same name
	 * rather than being added to it as a second value.
	 */
	static List<String> arguments(Path dataDir, String... extra) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("tandem.database.data-dir", dataDir.toString());
		properties.put("tandem.database.url", "");
		properties.put("server.port", "0");
		properties.put("tandem.admin.email", "");
		properties.put("tandem.admin.password", "");
		properties.put("spring.main.banner-mode", "off");
		for (String argument : extra) {
			int equals = argument.indexOf('=');
			properties.put(argument.substring(2, equals), argument.substring(equals + 1));
		}
		return properties.entrySet().stream().map((entry) -> "--" + entry.getKey() + "=" + entry.getValue()).toList();
	}

	/** The running Tomcat's connector, with the settings the application gave it. */
	Connector connector() {
		return ((TomcatWebServer) ((WebServerApplicationContext) this.context).getWebServer()).getTomcat()
			.getConnector();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form the way a browser does, with the CSRF token of the page it was on.
	 */
	HttpResponse<String> postForm(String path, String page, Map<String, String> fields)
			throws IOException, InterruptedException {
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("The page has no CSRF token");
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		String body = all.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Whether the API hands out a token for this email and password.
	 */
	boolean canSignIn(String email, String password) throws IOException, InterruptedException {
		return postJson("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")
			.statusCode() == 201;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.context.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
