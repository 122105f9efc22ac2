package org.tandem.matching.solver;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code java -jar tandem.jar solve FILE}: runs {@link AssignmentSolver} on a file, with
 * no server and no database, for benchmarks and scripts. Prints one JSON line
 * {@code {"objective": ..., "matched": ..., "assignment": [...], "millis": ...}} where
 * {@code millis} is the solve time only, parsing excluded.
 */
public final class SolveCommand {

	/** The first argument that selects this command instead of the server. */
	public static final String NAME = "solve";

	private SolveCommand() {
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@value #NAME}: exactly one file
	 * @return the exit code: 0 on success, 2 for a usage error or a malformed file
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 1) {
			err.println("usage: java -jar tandem.jar solve FILE");
			return 2;
		}
		ProblemReader.Problem problem;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(Path.of(args[0])), 1 << 16)) {
			problem = ProblemReader.read(in);
		}
		catch (NoSuchFileException ex) {
			err.println("error: " + args[0] + ": no such file");
			return 2;
		}
		catch (IOException | RuntimeException ex) {
			err.println("error: " + args[0] + ": cannot read the file (" + ex.getClass().getSimpleName() + ")");
			return 2;
		}
		catch (ProblemReader.MalformedException ex) {
			err.println("error: " + args[0] + ": " + ex.getMessage());
			return 2;
		}
		long start = System.nanoTime();
		Assignment result = AssignmentSolver.solve(problem.scores(), problem.capacities(),
				Objective.MOST_MATCHED_THEN_SCORE);
		long nanos = System.nanoTime() - start;
		out.println(json(result, nanos));
		return 0;
	}

	private static String json(Assignment result, long nanos) {
		int[] mentorOf = result.mentorOf();
		StringBuilder json = new StringBuilder(64 + mentorOf.length * 6);
		json.append("{\"objective\": ").append(result.objective());
		json.append(", \"matched\": ").append(result.matched());
		json.append(", \"assignment\": [");
		for (int i = 0; i < mentorOf.length; i++) {
			if (i > 0) {
				json.append(", ");
			}
			json.append(mentorOf[i]);
		}
		json.append("], \"millis\": ").append(String.format(Locale.ROOT, "%.3f", nanos / 1e6)).append('}');
		return json.toString();
	}

}
