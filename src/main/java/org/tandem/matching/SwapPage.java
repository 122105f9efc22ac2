package org.tandem.matching;

import java.util.List;
import java.util.UUID;

/**
 * The page that picks another mentor for one mentee of a run.
 */
public record SwapPage(MatchingRun run, UUID menteeId, String menteeName, List<SwapOption> options) {

}
