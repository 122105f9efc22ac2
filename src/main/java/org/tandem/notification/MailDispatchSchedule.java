package org.tandem.notification;

import java.time.Duration;

import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MailDispatcher} every {@code tandem.mail.dispatch-interval}, once per
 * interval across the cluster. Without SMTP configured it does nothing at all, which also
 * keeps it out of the way of tests.
 */
@Component
class MailDispatchSchedule {

	static final String JOB = "mail-dispatch";

	private final MailDispatcher dispatcher;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	MailDispatchSchedule(MailDispatcher dispatcher, ClusterScheduler scheduler,
			@Value("${tandem.mail.dispatch-interval:30s}") Duration interval) {
		this.dispatcher = dispatcher;
		this.scheduler = scheduler;
		this.interval = interval;
	}

	@Scheduled(fixedDelayString = "${tandem.mail.dispatch-interval:30s}",
			initialDelayString = "${tandem.mail.dispatch-interval:30s}")
	void dispatch() {
		if (this.dispatcher.mailConfigured()) {
			this.scheduler.tryRun(JOB, this.interval, this.dispatcher::dispatchDueMessages);
		}
	}

}
