package org.tandem.notification;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail sender for the GreenMail server of a test, with short timeouts so that a test
 * against a refusing port fails fast instead of hanging.
 */
final class LocalSmtp {

	private LocalSmtp() {
	}

	static JavaMailSenderImpl senderTo(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return sender;
	}

}
