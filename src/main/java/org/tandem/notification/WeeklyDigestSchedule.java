package org.tandem.notification;

import java.time.Duration;

import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the {@link WeeklyDigest} once a week across the cluster: every node asks each
 * {@code tandem.reminders.interval}, and the lease of a week lets one of them through.
 */
@Component
class WeeklyDigestSchedule {

	static final String JOB = "weekly-digest";

	static final Duration WEEK = Duration.ofDays(7);

	private final WeeklyDigest digest;

	private final ClusterScheduler scheduler;

	WeeklyDigestSchedule(WeeklyDigest digest, ClusterScheduler scheduler) {
		this.digest = digest;
		this.scheduler = scheduler;
	}

	@Scheduled(fixedDelayString = "${tandem.reminders.interval:1h}",
			initialDelayString = "${tandem.reminders.interval:1h}")
	void run() {
		this.scheduler.tryRun(JOB, WEEK, this.digest::sendAll);
	}

}
