package org.tandem.concern;

import org.tandem.program.ProgramId;

/**
 * A concern was raised: the committee is told that one is waiting, never what it says or
 * who raised it about whom.
 */
public record ConcernRaised(ConcernId concernId, ProgramId programId) {

}
