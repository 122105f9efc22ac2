package org.tandem.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ReminderSweep} once at start-up and then every
 * {@code tandem.reminders.interval} (one hour unless set), once per interval across the
 * cluster.
 */
@Component
class ReminderSchedule {

	static final String JOB = "reminder-sweep";

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final ReminderSweep sweep;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	ReminderSchedule(ReminderSweep sweep, ClusterScheduler scheduler,
			@Value("${tandem.reminders.interval:1h}") Duration interval) {
		this.sweep = sweep;
		this.scheduler = scheduler;
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartUp() {
		try {
			run();
		}
		catch (RuntimeException ex) {
			// reminders wait for the next tick rather than stopping Tandem from starting
			log.warn("The reminder sweep at start-up failed", ex);
		}
	}

	@Scheduled(fixedDelayString = "${tandem.reminders.interval:1h}",
			initialDelayString = "${tandem.reminders.interval:1h}")
	void run() {
		this.scheduler.tryRun(JOB, this.interval, this.sweep::sweep);
	}

}
