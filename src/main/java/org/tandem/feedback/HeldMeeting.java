package org.tandem.feedback;

import java.time.LocalDate;

import org.tandem.meeting.MeetingId;
import org.tandem.meeting.MeetingStatus;
import org.tandem.program.MeetingFormat;

/**
 * A meeting of a pair as its pulse sees it: when and how, never its texts.
 *
 * @param day the day it happened, or was planned for
 */
public record HeldMeeting(MeetingId id, LocalDate day, MeetingFormat format, MeetingStatus status) {

	public boolean held() {
		return this.status == MeetingStatus.HELD;
	}

}
