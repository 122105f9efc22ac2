package org.tandem.notification;

import java.time.Duration;

import org.tandem.shared.TandemProperties;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link EvaluationReminderSweep} every {@code tandem.reminders.interval} (one
 * hour unless set), once per interval across the cluster.
 */
@Component
class EvaluationReminderSchedule implements SchedulingConfigurer {

	static final String JOB = "evaluation-reminder-sweep";

	private final EvaluationReminderSweep sweep;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	EvaluationReminderSchedule(EvaluationReminderSweep sweep, ClusterScheduler scheduler, TandemProperties properties) {
		this.sweep = sweep;
		this.scheduler = scheduler;
		this.interval = properties.reminders().interval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		this.scheduler.every(tasks, this.interval, JOB, this.interval, this.sweep::sweep);
	}

}
