package org.tandem.meeting;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's meetings for their own calendar feed: times and formats, never texts.
 */
@Service
public class MeetingTimes {

	/** A feed lists at most this many meetings, the newest. */
	public static final int LIMIT = 500;

	private final MeetingRepository meetings;

	MeetingTimes(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	/**
	 * The newest meetings (at most {@value #LIMIT}) of every pairing, active or closed,
	 * that the person is or was the mentor or mentee of. The caller must have established
	 * that the request is the person's own.
	 */
	@Transactional(readOnly = true)
	public List<MeetingTime> of(UUID personId) {
		return this.meetings.timesOf(personId, LIMIT);
	}

}
