import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Warm timings and memory of the solver, run from source against the build's classes:
 * java -cp target/classes bench/matching/SolverBench.java FILE [RUNS]. Reads the file with
 * the solve command's parser, solves it RUNS times (the first runs include JIT warm-up),
 * and reports each time, the objective, and the bytes the solve allocates (all of its working
 * memory; the score matrix is the input and not counted), next to the size of the matrix.
 */
public class SolverBench {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		Class<?> reader = Class.forName("org.tandem.matching.solver.ProblemReader");
		Method read = reader.getDeclaredMethod("read", InputStream.class);
		read.setAccessible(true);
		Object problem;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			long t = System.nanoTime();
			problem = read.invoke(null, in);
			System.out.printf("parse %.1f ms%n", (System.nanoTime() - t) / 1e6);
		}
		Method scoresOf = problem.getClass().getDeclaredMethod("scores");
		Method capacitiesOf = problem.getClass().getDeclaredMethod("capacities");
		scoresOf.setAccessible(true);
		capacitiesOf.setAccessible(true);
		int[][] scores = (int[][]) scoresOf.invoke(problem);
		int[] capacities = (int[]) capacitiesOf.invoke(problem);
		long matrixBytes = (long) scores.length * (16 + 4L * capacities.length);
		var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
		for (int run = 1; run <= runs; run++) {
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
			long cpu = threads.getCurrentThreadCpuTime();
			long t = System.nanoTime();
			var result = org.tandem.matching.solver.AssignmentSolver.solve(scores, capacities,
					org.tandem.matching.solver.Objective.MOST_MATCHED_THEN_SCORE);
			double millis = (System.nanoTime() - t) / 1e6;
			double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
			long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
			System.out.printf("run %d: %.1f ms (cpu %.1f ms) objective %d matched %d, allocated %.2f MB%n", run,
					millis, cpuMillis, result.objective(), result.matched(), allocated / 1e6);
		}
		System.out.printf("score matrix %.1f MB%n", matrixBytes / 1e6);
	}

}
