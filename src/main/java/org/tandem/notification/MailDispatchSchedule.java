package org.tandem.notification;

import java.time.Duration;

import org.tandem.shared.TandemProperties;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link MailDispatcher} every {@code tandem.mail.dispatch-interval}, once per
 * interval across the cluster. Without SMTP configured it does nothing at all, which also
 * keeps it out of the way of tests.
 */
@Component
class MailDispatchSchedule implements SchedulingConfigurer {

	static final String JOB = "mail-dispatch";

	private final MailDispatcher dispatcher;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	MailDispatchSchedule(MailDispatcher dispatcher, ClusterScheduler scheduler, TandemProperties properties) {
		this.dispatcher = dispatcher;
		this.scheduler = scheduler;
		this.interval = properties.mail().dispatchInterval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::dispatch, this.interval, this.interval));
	}

	void dispatch() {
		if (this.dispatcher.mailConfigured()) {
			this.scheduler.tryRun(JOB, this.interval, this.dispatcher::dispatchDueMessages);
		}
	}

}
