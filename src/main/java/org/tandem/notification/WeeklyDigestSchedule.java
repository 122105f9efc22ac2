package org.tandem.notification;

import java.time.Duration;

import org.tandem.shared.TandemProperties;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends the {@link WeeklyDigest} once a week across the cluster: every node asks each
 * {@code tandem.reminders.interval}, and the lease of a week lets one of them through.
 */
@Component
class WeeklyDigestSchedule implements SchedulingConfigurer {

	static final String JOB = "weekly-digest";

	static final Duration WEEK = Duration.ofDays(7);

	private final WeeklyDigest digest;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	WeeklyDigestSchedule(WeeklyDigest digest, ClusterScheduler scheduler, TandemProperties properties) {
		this.digest = digest;
		this.scheduler = scheduler;
		this.interval = properties.reminders().interval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		this.scheduler.every(tasks, this.interval, JOB, WEEK, this.digest::sendAll);
	}

}
