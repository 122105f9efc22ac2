package org.tandem.program;

/**
 * Where a participation stands: an application awaiting the committee, an active
 * participant, or a declined application.
 */
public enum ParticipantStatus {

	APPLIED, ACTIVE, DECLINED

}
