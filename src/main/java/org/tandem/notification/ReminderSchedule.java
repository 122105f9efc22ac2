package org.tandem.notification;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link ReminderSweep} once at start-up and then every
 * {@code tandem.reminders.interval} (one hour unless set), once per interval across the
 * cluster.
 */
@Component
class ReminderSchedule implements SchedulingConfigurer {

	static final String JOB = "reminder-sweep";

	private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

	private final ReminderSweep sweep;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	ReminderSchedule(ReminderSweep sweep, ClusterScheduler scheduler, TandemProperties properties) {
		this.sweep = sweep;
		this.scheduler = scheduler;
		this.interval = properties.reminders().interval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		tasks.addFixedDelayTask(new FixedDelayTask(this::run, this.interval, this.interval));
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

	void run() {
		this.scheduler.tryRun(JOB, this.interval, this.sweep::sweep);
	}

}
