package org.tandem.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.meeting.MeetingStatus;
import org.tandem.program.MeetingFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON records and the page's form that carry a meeting's confidential texts keep
 * them out of {@code toString}, and so out of logs and error messages.
 */
class MeetingWebRedactionTests {

	private static final String PLACE = "Café Secreto";

	private static final String AGENDA = "Salary talk";

	private static final String NOTES = "Confidential burnout";

	@Test
	void noRecordCarryingTheTextsPrintsThem() {
		Instant now = Instant.parse("2026-03-02T10:00:00Z");
		List<Object> records = List.of(
				new MeetingJson(UUID.randomUUID(), UUID.randomUUID(), null, now, 60, MeetingFormat.VIDEO,
						MeetingStatus.SCHEDULED, PLACE, AGENDA, NOTES, UUID.randomUUID(), now, now),
				new MeetingJson.Log(null, now, "VIDEO", PLACE, AGENDA, NOTES, 60),
				new MeetingJson.Change("HELD", PLACE, AGENDA, NOTES, now, 45),
				new ContactForm(LocalDate.of(2026, 3, 1), MeetingFormat.LUNCH, PLACE, NOTES),
				new ScheduleForm(LocalDateTime.of(2026, 3, 9, 10, 0), 30, MeetingFormat.VIDEO, PLACE, AGENDA));
		assertThat(records).allSatisfy((record) -> assertThat(record.toString()).doesNotContain(PLACE, AGENDA, NOTES,
				"Secreto", "Salary", "burnout"));
	}

}
