package org.tandem.matching.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.matching.MatchingRun;
import org.tandem.matching.SwapOption;

/**
 * The page that picks another mentor for one mentee of a run.
 */
public record SwapPage(MatchingRun run, UUID menteeId, Map<UUID, String> names, List<SwapOption> options) {

	static final String UNKNOWN = "Unknown person";

	public String name(UUID personId) {
		return this.names.getOrDefault(personId, UNKNOWN);
	}

	public String menteeName() {
		return name(this.menteeId);
	}

}
