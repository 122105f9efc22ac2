package org.tandem.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.tandem.TandemApplication;

import static org.awaitility.Awaitility.await;

/**
 * Tandem in a JVM of its own, as an operator runs it, so that a test can kill it the way
 * a crash does ({@code kill -9}) and see what the next start finds.
 */
final class TandemProcess implements AutoCloseable {

	private static final Duration START_WAIT = Duration.ofMinutes(3);

	private final Process process;

	private final int port;

	private final Path log;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private TandemProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts Tandem on {@code dataDir} with the test's class path, appending its output
	 * to {@code log}; returns at once, see {@link #awaitHealthy()}.
	 */
	static TandemProcess start(Path dataDir, Path log, String... extra) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx384m");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(TandemApplication.class.getName());
		List<String> arguments = new ArrayList<>(List.of(extra));
		arguments.add("--server.port=" + port);
		command.addAll(RunningTandem.arguments(dataDir, arguments.toArray(String[]::new)));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new TandemProcess(process, port, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long pid() {
		return this.process.pid();
	}

	TandemProcess awaitHealthy() {
		await().atMost(START_WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new AssertionError("Tandem exited with " + this.process.exitValue() + ":\n" + output());
			}
			return isHealthy();
		});
		return this;
	}

	boolean isHealthy() {
		try {
			HttpResponse<String> health = this.http.send(
					HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
					HttpResponse.BodyHandlers.ofString());
			return health.statusCode() == 200 && health.body().contains("\"UP\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	boolean canSignIn(String email, String password) throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers
					.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode() == 201;
	}

	/**
	 * {@code kill -9}: no shutdown hook runs, so the embedded PostgreSQL is left behind.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	String output() throws IOException {
		return Files.readString(this.log, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * Stops Tandem as an operator does (SIGTERM), which stops its PostgreSQL too.
	 */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	/**
	 * The PostgreSQL server still running on {@code dataDir}, if any.
	 */
	static Optional<ProcessHandle> postmaster(Path dataDir) {
		Path pidFile = dataDir.resolve("postgres/postmaster.pid");
		try {
			if (!Files.exists(pidFile)) {
				return Optional.empty();
			}
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.ISO_8859_1);
			return lines.isEmpty() ? Optional.empty()
					: ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Leaves no server behind a failed test: stops whatever PostgreSQL still runs on
	 * {@code dataDir}.
	 */
	static void stopLeftoverPostmaster(Path dataDir) throws Exception {
		Optional<ProcessHandle> postmaster = postmaster(dataDir);
		if (postmaster.isPresent()) {
			postmaster.get().destroy();
			postmaster.get().onExit().get(30, TimeUnit.SECONDS);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
