package org.tandem;

import java.util.Arrays;

import org.tandem.matching.solver.SolveCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tandem: runs a workplace mentoring program from enrollment to the year-end celebration.
 */
@SpringBootApplication
@EnableScheduling
public class TandemApplication {

	public static void main(String[] args) {
		if (args.length > 0 && SolveCommand.NAME.equals(args[0])) {
			// the solver alone, for benchmarks and scripts: no Spring context, no
			// database
			System.exit(SolveCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(TandemApplication.class, args);
	}

}
