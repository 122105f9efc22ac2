package org.tandem.shared.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job at most once per tick however many nodes try: each node's {@code @Scheduled}
 * method calls {@link #tryRun}, and only the node whose atomic update takes the job's
 * lease in table {@code scheduled_job} does the work. Time comes from the {@link Clock}
 * bean, so the nodes' clocks must agree to within a small part of a tick.
 */
@Component
public class ClusterScheduler {

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	ClusterScheduler(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		// the lease must be visible to the other nodes at once, whatever the caller's
		// transaction does
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Runs {@code work} if no node has run the job during the last {@code tick}. A
	 * failure of the work propagates; the job then waits for the next tick.
	 * @param job a stable name, at most 100 characters
	 * @return whether this call ran the work
	 */
	public boolean tryRun(String job, Duration tick, Runnable work) {
		if (job.isBlank() || job.length() > 100 || tick.isNegative() || tick.isZero()) {
			throw new IllegalArgumentException("A job needs a name of 1 to 100 characters and a positive tick");
		}
		if (!acquire(job, tick)) {
			return false;
		}
		work.run();
		return true;
	}

	/**
	 * Asks every {@code interval}, on each node, to run the job through {@link #tryRun}:
	 * the work runs at most once per {@code tick} across the cluster.
	 */
	public void every(ScheduledTaskRegistrar tasks, Duration interval, String job, Duration tick, Runnable work) {
		tasks.addFixedDelayTask(new FixedDelayTask(() -> tryRun(job, tick, work), interval, interval));
	}

	private boolean acquire(String job, Duration tick) {
		Instant now = this.clock.instant();
		Boolean acquired = this.ownTransaction.execute((status) -> {
			this.jdbc.sql("insert into scheduled_job (name) values (:name) on conflict do nothing")
				.param("name", job)
				.update();
			return this.jdbc.sql("""
					update scheduled_job set locked_until = :until, last_run_at = :now
					where name = :name and (locked_until is null or locked_until <= :now)
					""")
				.param("name", job)
				.param("now", Timestamp.from(now))
				.param("until", Timestamp.from(now.plus(tick)))
				.update() == 1;
		});
		return Boolean.TRUE.equals(acquired);
	}

}
