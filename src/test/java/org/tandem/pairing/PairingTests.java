package org.tandem.pairing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The pairing's own rules, without the application.
 */
class PairingTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 1);

	private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

	private Pairing pairing() {
		return Pairing.start(new ProgramId(UUID.randomUUID()), UUID.randomUUID(), UUID.randomUUID(), START,
				this.clock.instant());
	}

	@Test
	void closingTwiceIsAConflict() {
		Pairing pairing = pairing();
		UUID by = UUID.randomUUID();
		pairing.close("Done", by, this.clock);
		assertThat(pairing.status()).isEqualTo(PairingStatus.CLOSED);
		assertThat(pairing.closedOn()).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(pairing.closedBy()).isEqualTo(by);
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> pairing.close("Again", by, this.clock));
		assertThat(pairing.closeReasonCiphertext()).isEqualTo("Done");
	}

	@Test
	void aPersonIsNeverPairedWithThemself() {
		UUID person = UUID.randomUUID();
		assertThatIllegalArgumentException().isThrownBy(
				() -> Pairing.start(new ProgramId(UUID.randomUUID()), person, person, START, this.clock.instant()));
	}

	@Test
	void contactsInAnyOrderKeepTheEarliestAndTheLatestDay() {
		// seed printed in the assertion description so a failure can be replayed
		long seed = 20261128L;
		SplittableRandom random = new SplittableRandom(seed);
		for (int round = 0; round < 500; round++) {
			Pairing pairing = pairing();
			List<LocalDate> days = new ArrayList<>();
			int contacts = 1 + random.nextInt(8);
			for (int i = 0; i < contacts; i++) {
				LocalDate day = START.plusDays(random.nextInt(-30, 400));
				days.add(day);
				pairing.recordContact(day);
			}
			String replay = "seed " + seed + ", round " + round + ", days " + days;
			assertThat(pairing.firstContactOn()).as(replay).isEqualTo(days.stream().min(LocalDate::compareTo).get());
			assertThat(pairing.lastContactOn()).as(replay).isEqualTo(days.stream().max(LocalDate::compareTo).get());
		}
	}

	@Test
	void theSameDayTwiceIsOneContactDay() {
		Pairing pairing = pairing();
		pairing.recordContact(START.plusDays(3));
		pairing.recordContact(START.plusDays(3));
		assertThat(pairing.firstContactOn()).isEqualTo(START.plusDays(3));
		assertThat(pairing.lastContactOn()).isEqualTo(START.plusDays(3));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "tab\u0007bell", "nul\u0000" })
	void aReasonMustBeSomeReadableText(String reason) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> PairingRules.validReason(reason));
	}

	@Test
	void aReasonIsStrippedAndMayHaveLines() {
		assertThat(PairingRules.validReason("  We reached our goals.\r\nThank you!  "))
			.isEqualTo("We reached our goals.\r\nThank you!");
		assertThat(PairingRules.validReason("x".repeat(1000))).hasSize(1000);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> PairingRules.validReason("x".repeat(1001)));
	}

}
