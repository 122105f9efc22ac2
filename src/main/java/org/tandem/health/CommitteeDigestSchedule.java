package org.tandem.health;

import java.time.Duration;

import org.tandem.shared.TandemProperties;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Sends the {@link CommitteeDigest} once a week across the cluster: every node asks each
 * {@code tandem.reminders.interval}, and the lease of a week lets one of them through.
 */
@Component
class CommitteeDigestSchedule implements SchedulingConfigurer {

	static final String JOB = "committee-health-digest";

	static final Duration WEEK = Duration.ofDays(7);

	private final CommitteeDigest digest;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	CommitteeDigestSchedule(CommitteeDigest digest, ClusterScheduler scheduler, TandemProperties properties) {
		this.digest = digest;
		this.scheduler = scheduler;
		this.interval = properties.reminders().interval();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		this.scheduler.every(tasks, this.interval, JOB, WEEK, this.digest::sendAll);
	}

}
