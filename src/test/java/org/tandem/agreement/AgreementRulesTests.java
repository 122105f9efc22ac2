package org.tandem.agreement;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.kernel.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules for the agreement's texts and formats, without the database.
 */
class AgreementRulesTests {

	@Test
	void textsAreNormalizedSoThatTheSameContentIsEqual() {
		AgreementTerms typed = AgreementRules
			.terms(form("  We meet\r\nmonthly.\r\n", List.of("VIDEO", "LUNCH", "VIDEO")));
		AgreementTerms sent = AgreementRules.terms(form("We meet\nmonthly.", List.of("LUNCH", "VIDEO")));
		assertThat(typed).isEqualTo(sent);
		assertThat(typed.groundRules()).isEqualTo("We meet\nmonthly.");
		assertThat(typed.formats()).containsExactly(MeetingFormat.LUNCH, MeetingFormat.VIDEO);
		assertThat(AgreementRules.terms(form(" \r\n\t ", null)).blank()).isTrue();
	}

	@Test
	void theLimitCountsCharactersNotUtf16Units() {
		String emoji = "\uD83D\uDE42";
		assertThat(AgreementRules.terms(form(emoji.repeat(2000), null)).groundRules()).hasSize(4000);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AgreementRules.terms(form(emoji.repeat(2001), null)))
			.satisfies((ex) -> assertThat(ex.errors()).singleElement()
				.satisfies((error) -> assertThat(error.field()).isEqualTo("groundRules")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u000b", "\f" })
	void controlCharactersOtherThanLineBreaksAndTabsAreRefused(String control) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AgreementRules.terms(form("before " + control + " after", null)));
	}

	@Test
	void normalizingTwiceChangesNothingAndLeavesNoCarriageReturn() {
		long seed = 20261128L;
		SplittableRandom random = new SplittableRandom(seed);
		char[] alphabet = { 'a', ' ', '\r', '\n', '\t', 'é', '-' };
		for (int i = 0; i < 2000; i++) {
			char[] text = new char[random.nextInt(12)];
			for (int at = 0; at < text.length; at++) {
				text[at] = alphabet[random.nextInt(alphabet.length)];
			}
			String once = AgreementRules.normalize(new String(text));
			String context = "seed " + seed + ", case " + i;
			if (once != null) {
				assertThat(once).as(context).doesNotContain("\r").isEqualTo(once.strip());
				assertThat(AgreementRules.normalize(once)).as(context).isEqualTo(once);
			}
			else {
				assertThat(new String(text).isBlank()).as(context).isTrue();
			}
		}
	}

	private static AgreementDraft form(String groundRules, List<String> formats) {
		return new AgreementDraft(groundRules, null, null, null, formats, null, null, true, null);
	}

}
