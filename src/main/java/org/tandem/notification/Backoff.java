package org.tandem.notification;

import java.time.Duration;

/**
 * When to try a failed email again: after 1, 2, 4 ... minutes, at most an hour apart, and
 * not at all after {@value #MAX_ATTEMPTS} attempts (about four hours of trying).
 */
final class Backoff {

	static final int MAX_ATTEMPTS = 10;

	private static final Duration CAP = Duration.ofHours(1);

	private Backoff() {
	}

	/**
	 * @param attempts the attempts made so far, the failed one included (1 or more)
	 */
	static Duration delayAfter(int attempts) {
		if (attempts < 1) {
			throw new IllegalArgumentException("attempts must be 1 or more");
		}
		if (attempts > 7) {
			return CAP;
		}
		Duration delay = Duration.ofMinutes(1L << (attempts - 1));
		return delay.compareTo(CAP) > 0 ? CAP : delay;
	}

	static boolean givesUp(int attempts) {
		return attempts >= MAX_ATTEMPTS;
	}

}
