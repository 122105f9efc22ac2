package org.tandem.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from one {@link Clock} bean so that tests can move it instead of sleeping.
 * Its zone is Tandem's default zone ({@link TandemProperties#zone()}), so that
 * {@code LocalDate.now(clock)} is today where the program runs; instants are the same in
 * every zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(TandemProperties properties) {
		return Clock.system(properties.zone());
	}

}
