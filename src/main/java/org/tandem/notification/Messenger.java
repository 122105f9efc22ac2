package org.tandem.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.tandem.person.Person;
import org.tandem.shared.TandemProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells one person one thing: always in-app, and by email at once, in the weekly digest
 * or not at all, as the person chose (never to a disabled person). Both are written in
 * the caller's transaction, so they appear together with whatever caused them, or not at
 * all.
 */
@Component
class Messenger {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private final Notifications notifications;

	private final Outbox outbox;

	private final EmailPreferences preferences;

	private final WeeklyDigest digest;

	private final String baseUrl;

	Messenger(Notifications notifications, Outbox outbox, EmailPreferences preferences, WeeklyDigest digest,
			TandemProperties properties) {
		this.digest = digest;
		this.notifications = notifications;
		this.outbox = outbox;
		this.preferences = preferences;
		this.baseUrl = properties.baseUrl();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void tell(Person person, Message message) {
		// keyed like the email, so that an event delivered twice tells the person once
		this.notifications.notify(person.id().value(), message.key(), oneLine(message.inApp()), message.path());
		if (person.disabled() || !this.outbox.canSendTo(person)) {
			return;
		}
		String news = message.body().strip() + "\n\n" + this.baseUrl + message.path();
		switch (this.preferences.frequencyOf(person.id().value())) {
			case IMMEDIATE -> this.outbox.enqueue(OutgoingMessage.text(message.key(), person.email(),
					oneLine(message.subject()), "Hello " + person.name() + ",\n\n" + news + "\n\nTandem\n"));
			case WEEKLY -> this.digest.add(person, message.key(), oneLine(message.subject()), news);
			case NEVER -> {
				// in-app only, as the person chose
			}
		}
	}

	static String day(LocalDate day) {
		return DAY.format(day);
	}

	/**
	 * Names are short single lines already; this keeps a very long one from breaking the
	 * limits of a notification or a subject.
	 */
	static String oneLine(String text) {
		String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
		return (line.length() <= 400) ? line : line.substring(0, 399) + "…";
	}

	/**
	 * What to tell.
	 *
	 * @param inApp the notification's text
	 * @param path the page it is about, linked from the notification and, as an absolute
	 * address, from the email
	 * @param key the email's deterministic outbox key
	 * @param subject the email's subject
	 * @param body the email's text between the greeting and the link; never a pair's
	 * confidential text
	 */
	record Message(String inApp, String path, String key, String subject, String body) {

	}

}
