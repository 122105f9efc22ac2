package org.tandem.shared.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Several nodes are several schedulers on one database; the clock is moved, not waited
 * for.
 */
@IntegrationTest
class ClusterSchedulerTests {

	private static final Duration TICK = Duration.ofMinutes(5);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));

	@Test
	void aJobRunsOncePerTickAndAgainInTheNextTick() {
		ClusterScheduler nodeA = node();
		ClusterScheduler nodeB = node();
		String job = job();
		AtomicInteger runs = new AtomicInteger();
		assertThat(nodeA.tryRun(job, TICK, runs::incrementAndGet)).isTrue();
		assertThat(nodeA.tryRun(job, TICK, runs::incrementAndGet)).isFalse();
		this.clock.advance(TICK.minusSeconds(1));
		assertThat(nodeB.tryRun(job, TICK, runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(1);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(nodeB.tryRun(job, TICK, runs::incrementAndGet)).isTrue();
		assertThat(nodeA.tryRun(job, TICK, runs::incrementAndGet)).isFalse();
		assertThat(runs).hasValue(2);
		assertThat(this.jdbc.sql("select count(*) from scheduled_job where name = :name")
			.param("name", job)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void differentJobsDoNotBlockEachOther() {
		ClusterScheduler node = node();
		AtomicInteger runs = new AtomicInteger();
		assertThat(node.tryRun(job(), TICK, runs::incrementAndGet)).isTrue();
		assertThat(node.tryRun(job(), TICK, runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(2);
	}

	@Test
	void manyNodesAtTheSameMomentRunTheJobOnce() throws Exception {
		String job = job();
		AtomicInteger runs = new AtomicInteger();
		int nodes = 8;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < nodes; i++) {
				ClusterScheduler node = node();
				results.add(pool.submit(() -> {
					start.await();
					return node.tryRun(job, TICK, runs::incrementAndGet);
				}));
			}
			start.countDown();
			int ran = 0;
			for (Future<Boolean> result : results) {
				ran += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(ran).isEqualTo(1);
			assertThat(runs).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theLeaseIsTakenEvenWhenTheCallersTransactionRollsBack() {
		ClusterScheduler node = node();
		String job = job();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			assertThat(node.tryRun(job, TICK, () -> {
			})).isTrue();
			status.setRollbackOnly();
		});
		assertThat(node.tryRun(job, TICK, () -> {
		})).isFalse();
	}

	@Test
	void failingWorkPropagatesAndWaitsForTheNextTick() {
		ClusterScheduler node = node();
		String job = job();
		assertThatThrownBy(() -> node.tryRun(job, TICK, () -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		assertThat(node.tryRun(job, TICK, () -> {
		})).isFalse();
		this.clock.advance(TICK);
		assertThat(node.tryRun(job, TICK, () -> {
		})).isTrue();
	}

	@Test
	void nonsenseArgumentsAreRefused() {
		ClusterScheduler node = node();
		assertThatThrownBy(() -> node.tryRun(" ", TICK, () -> {
		})).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> node.tryRun(job(), Duration.ZERO, () -> {
		})).isInstanceOf(IllegalArgumentException.class);
	}

	private ClusterScheduler node() {
		return new ClusterScheduler(this.jdbc, this.transactions, this.clock);
	}

	private static String job() {
		return "test-" + UUID.randomUUID();
	}

	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
