package org.tandem.notification;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTests {

	@ParameterizedTest
	@CsvSource({ "1,1", "2,2", "3,4", "4,8", "5,16", "6,32", "7,60", "8,60", "9,60", "40,60", "2147483647,60" })
	void delaysDoubleFromOneMinuteUpToAnHour(int attempts, long minutes) {
		assertThat(Backoff.delayAfter(attempts)).isEqualTo(Duration.ofMinutes(minutes));
	}

	@Test
	void givesUpAfterTenAttempts() {
		assertThat(Backoff.givesUp(9)).isFalse();
		assertThat(Backoff.givesUp(10)).isTrue();
	}

	@Test
	void noAttemptsIsNoFailure() {
		assertThatThrownBy(() -> Backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
	}

}
