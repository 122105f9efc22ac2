package org.tandem.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns an outbox row into a MIME message with its deterministic Message-ID.
 */
final class MailComposer {

	private final String from;

	private final Clock clock;

	MailComposer(String from, Clock clock) {
		this.from = from;
		this.clock = clock;
	}

	MimeMessage compose(JavaMailSender sender, PendingMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		boolean multipart = message.bodyHtml() != null || message.ics() != null;
		MimeMessageHelper helper = new MimeMessageHelper(mime,
				multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED : MimeMessageHelper.MULTIPART_MODE_NO,
				StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(message.recipient());
		helper.setSubject(message.subject());
		helper.setSentDate(Date.from(this.clock.instant()));
		if (message.bodyHtml() != null) {
			helper.setText(message.bodyText(), message.bodyHtml());
		}
		else {
			helper.setText(message.bodyText());
		}
		if (message.ics() != null) {
			helper.addAttachment("invite.ics", new ByteArrayResource(message.ics().getBytes(StandardCharsets.UTF_8)),
					"text/calendar; charset=UTF-8; method=" + message.icsMethod());
		}
		// JavaMailSenderImpl keeps a Message-ID that is set before sending
		mime.setHeader("Message-ID", message.messageId());
		return mime;
	}

}
