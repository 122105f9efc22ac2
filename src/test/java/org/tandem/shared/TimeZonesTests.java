package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TimeZonesTests {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void ianaIdsAreKnownOffsetsAndInventionsAreNot() {
		for (String id : List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Etc/GMT+5",
				"America/Argentina/Buenos_Aires")) {
			assertThat(TimeZones.known(id)).as(id).isTrue();
			assertThat(TimeZones.parse(id)).as(id).contains(ZoneId.of(id));
		}
		for (String id : List.of("", " ", "+02:00", "UTC+2", "Mars/Olympus", "europe/berlin", "Europe/Berlin ",
				"SystemV/EST5")) {
			assertThat(TimeZones.known(id)).as(id).isFalse();
			assertThat(TimeZones.parse(id)).as(id).isEmpty();
		}
		assertThat(TimeZones.known(null)).isFalse();
	}

	@Test
	void theChoicesAreSortedRegionsAndUtc() {
		List<String> choices = TimeZones.choices();
		assertThat(choices).contains("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC")
			.doesNotContain("Etc/GMT+5", "+02:00")
			.isSorted()
			.allSatisfy((id) -> assertThat(TimeZones.known(id)).isTrue());
	}

	@Test
	void timesAreShownOnTheZonesClockWithItsId() {
		Instant instant = Instant.parse("2027-01-14T19:00:00Z");
		assertThat(TimeZones.dateTime(instant, NEW_YORK)).isEqualTo("2027-01-14 14:00 America/New_York");
		assertThat(TimeZones.dateTime(instant, ZoneId.of("Asia/Tokyo"))).isEqualTo("2027-01-15 04:00 Asia/Tokyo");
		assertThat(TimeZones.date(instant, ZoneId.of("Asia/Tokyo"))).isEqualTo(LocalDate.of(2027, 1, 15));
	}

	@Test
	void aTypedTimeIsReadOnTheZonesClock() {
		assertThat(TimeZones.instant(LocalDateTime.of(2027, 1, 14, 14, 0), NEW_YORK))
			.contains(Instant.parse("2027-01-14T19:00:00Z"));
		assertThat(TimeZones.instant(LocalDateTime.of(2027, 7, 14, 14, 0), NEW_YORK))
			.as("summer time: four hours behind")
			.contains(Instant.parse("2027-07-14T18:00:00Z"));
	}

	@Test
	void aTimeTheClocksSkipIsNoTimeAndOneTheyPassTwiceIsTheEarlier() {
		// 14 March 2027: New York's clocks jump from 02:00 to 03:00
		assertThat(TimeZones.instant(LocalDateTime.of(2027, 3, 14, 2, 30), NEW_YORK)).isEmpty();
		assertThat(TimeZones.skipped(NEW_YORK)).contains("America/New_York");
		// 7 November 2027: from 02:00 back to 01:00, so 01:30 happens twice
		assertThat(TimeZones.instant(LocalDateTime.of(2027, 11, 7, 1, 30), NEW_YORK))
			.contains(Instant.parse("2027-11-07T05:30:00Z"));
	}

	@Test
	void theSettingDefaultsToTheServersZone() {
		assertThat(bind(Map.of()).zone()).isEqualTo(ZoneId.systemDefault());
		assertThat(bind(Map.of("tandem.time-zone", "")).zone()).isEqualTo(ZoneId.systemDefault());
		assertThat(bind(Map.of("tandem.time-zone", " Europe/Berlin ")).zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	@Test
	void anUnknownZoneStopsTheBindingWithTheVariablesName() {
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(Map.of("tandem.time-zone", "+02:00")))
			.havingRootCause()
			.withMessageContaining("TANDEM_TIME_ZONE is \"+02:00\"")
			.withMessageContaining("IANA");
	}

	private static TandemProperties bind(Map<String, String> settings) {
		Map<String, String> all = new java.util.HashMap<>(settings);
		all.put("tandem.base-url", "http://localhost:8080");
		return new Binder(new MapConfigurationPropertySource(all)).bindOrCreate("tandem", TandemProperties.class);
	}

}
