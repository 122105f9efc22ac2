package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records that carry a meeting's confidential texts keep them out of
 * {@code toString}, and so out of logs and error messages (the web records are checked by
 * {@code web.MeetingWebRedactionTests}).
 */
class MeetingTextRedactionTests {

	private static final String PLACE = "Café Secreto";

	private static final String AGENDA = "Salary talk";

	private static final String NOTES = "Confidential burnout";

	@Test
	void noRecordCarryingTheTextsPrintsThem() {
		Instant now = Instant.parse("2026-03-02T10:00:00Z");
		List<Object> records = List.of(
				new Meeting(UUID.randomUUID(), new PairingId(UUID.randomUUID()), now, 60, null, MeetingFormat.IN_PERSON,
						MeetingStatus.SCHEDULED, PLACE, AGENDA, NOTES, UUID.randomUUID(), now, now),
				new NewMeeting(LocalDate.of(2026, 3, 1), null, "LUNCH", PLACE, AGENDA, NOTES, 30),
				new MeetingChange("HELD", PLACE, AGENDA, NOTES, now, 45));
		assertThat(records).allSatisfy((record) -> assertThat(record.toString()).doesNotContain(PLACE, AGENDA, NOTES,
				"Secreto", "Salary", "burnout"));
	}

	@Test
	void theRedactedFormStillNamesTheRecordAndItsTimes() {
		assertThat(new MeetingChange("HELD", PLACE, AGENDA, NOTES).toString()).startsWith("MeetingChange[")
			.contains("status=HELD");
	}

}
