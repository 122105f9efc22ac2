package org.tandem.notification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutgoingMessageTests {

	@Test
	void aPlainMessageCanGainHtmlAndACalendar() {
		OutgoingMessage message = OutgoingMessage.text("k", "ada@example.org", "Hello", "Body")
			.withHtml("<p>Body</p>")
			.withCalendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "REQUEST");
		assertThat(message.bodyHtml()).isEqualTo("<p>Body</p>");
		assertThat(message.icsMethod()).isEqualTo("REQUEST");
		assertThat(message.key()).isEqualTo("k");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "no-at-sign", "two@@example.org", "a@example.org, b@example.org",
			"Eve <eve@example.org>", "eve@example.org\r\nBcc: x@example.org" })
	void aRecipientIsOneAddress(String recipient) {
		assertThatThrownBy(() -> OutgoingMessage.text("k", recipient, "Hello", "Body"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "Hello\r\nBcc: x@example.org", "Tab\there" })
	void aSubjectIsOneLine(String subject) {
		assertThatThrownBy(() -> OutgoingMessage.text("k", "ada@example.org", subject, "Body"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keysAreBoundedAndCalendarsNeedAMethod() {
		assertThatThrownBy(() -> OutgoingMessage.text(" ", "ada@example.org", "S", "B"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OutgoingMessage.text("k".repeat(401), "ada@example.org", "S", "B"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new OutgoingMessage("k", "ada@example.org", "S", "B", null, "BEGIN:VCALENDAR", null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> OutgoingMessage.text("k", "ada@example.org", "S", "B").withCalendar("x", "request"))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
