import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The build's training run for the class-data-sharing archive (run by the antrun execution
 * "cds-archive" in package, with the Java that runs Maven): starts the extracted
 * application with the options of jvm.options (but its SharedArchiveFile) and
 * -XX:ArchiveClassesAtExit on a fresh data directory and a free port,
 * waits for /actuator/health to be UP, asks for /login once, then stops it with a normal
 * signal, so that the context closes, the embedded PostgreSQL stops and the JVM writes the
 * archive of every class it loaded. (spring.context.exit=onRefresh is not used: it halts
 * the JVM without stopping the embedded PostgreSQL.)
 *
 * Arguments: the application's directory, its jar's file name, the archive's file name.
 */
public class CdsTraining {

	public static void main(String[] args) throws Exception {
		Path app = Path.of(args[0]).toAbsolutePath();
		String jar = args[1];
		Path archive = app.resolve(args[2]);
		Path data = app.resolveSibling(app.getFileName() + "-training-data");
		Path log = app.resolveSibling(app.getFileName() + "-training.log");
		Files.deleteIfExists(archive);
		delete(data);
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the production command's options, so that the archive fits them (the GC, for one)
		for (String line : Files.readAllLines(app.resolve("jvm.options"))) {
			String option = line.strip();
			if (!option.isEmpty() && !option.startsWith("#") && !option.startsWith("-XX:SharedArchiveFile=")) {
				command.add(option);
			}
		}
		command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive.getFileName(), "-jar", jar));
		ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().keySet().removeIf((name) -> name.startsWith("TANDEM_"));
		builder.environment().put("TANDEM_PORT", Integer.toString(port));
		builder.environment().put("TANDEM_DATA_DIR", data.toString());
		builder.environment().put("TANDEM_ADMIN_EMAIL", "cds-training@example.org");
		builder.environment().put("TANDEM_ADMIN_PASSWORD", "class data sharing training");
		long started = System.nanoTime();
		Process process = builder.start();
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			String base = "http://127.0.0.1:" + port;
			while (!get(http, base + "/actuator/health").contains("\"UP\"")) {
				if (!process.isAlive()) {
					fail("the application stopped during the training run", log);
				}
				if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
					fail("the application was not UP after 5 minutes", log);
				}
				Thread.sleep(200);
			}
			get(http, base + "/login");
			process.destroy();
			if (!process.waitFor(2, TimeUnit.MINUTES)) {
				fail("the application did not stop within 2 minutes of SIGTERM", log);
			}
		}
		finally {
			process.destroyForcibly();
			process.waitFor();
		}
		if (!Files.isRegularFile(archive)) {
			fail("the JVM wrote no archive " + archive, log);
		}
		delete(data);
		System.out.printf("CDS archive %s (%d MiB) from a training run of %d s%n", archive,
				Files.size(archive) >> 20, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
	}

	private static String get(HttpClient http, String url) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
			return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
		}
		catch (IOException ex) {
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	private static void fail(String message, Path log) throws IOException {
		List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
		lines.subList(0, Math.max(0, lines.size() - 40)).clear();
		throw new IllegalStateException("CDS training run failed: " + message + " (see " + log
				+ "; skip it with -Dtandem.cds.skip)\n" + String.join("\n", lines));
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

}
