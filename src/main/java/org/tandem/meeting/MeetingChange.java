package org.tandem.meeting;

import org.jspecify.annotations.Nullable;

/**
 * A change the pair makes to a meeting. A {@code null} field stays as it is; a blank text
 * clears it.
 */
record MeetingChange(@Nullable String status, @Nullable String place, @Nullable String agenda,
		@Nullable String sharedNotes) {

}
