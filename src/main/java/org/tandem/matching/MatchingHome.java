package org.tandem.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;

/**
 * The committee's matching page of a program: its settings, its latest runs, and the
 * message of a run that could not start.
 */
public record MatchingHome(Program program, MatchingSettings settings, List<RunSummary> runs, @Nullable String error) {

}
