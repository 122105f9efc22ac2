package org.tandem.agreement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * Turns an agreement as typed into {@link AgreementTerms}, or names every field that
 * breaks a rule: each text at most {@value #MAX_LENGTH} characters, no control characters
 * but line breaks and tabs, formats among {@link MeetingFormat}.
 */
final class AgreementRules {

	static final int MAX_LENGTH = 2000;

	private AgreementRules() {
	}

	/**
	 * @throws InvalidInputException naming every field at fault
	 */
	static AgreementTerms terms(AgreementDraft form) {
		List<FieldError> problems = new ArrayList<>();
		AgreementTerms terms = new AgreementTerms(text("groundRules", form.groundRules(), problems),
				text("timeCommitment", form.timeCommitment(), problems), text("scope", form.scope(), problems),
				text("rhythm", form.rhythm(), problems), formats(form.formats(), problems),
				text("communication", form.communication(), problems), text("goals", form.goals(), problems),
				Boolean.TRUE.equals(form.confidentialityPledge()));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return terms;
	}

	/**
	 * The text with its line breaks as {@code \n} (browsers send {@code \r\n}) and
	 * without surrounding blanks; {@code null} when blank.
	 */
	static @Nullable String normalize(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
		return normalized.isEmpty() ? null : normalized;
	}

	private static @Nullable String text(String field, @Nullable String raw, List<FieldError> problems) {
		String text = normalize(raw);
		if (text == null) {
			return null;
		}
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			problems.add(new FieldError(field, "must be at most " + MAX_LENGTH + " characters"));
		}
		else if (text.chars().anyMatch(AgreementRules::forbiddenControl)) {
			problems.add(new FieldError(field, "must not contain control characters (line breaks and tabs are fine)"));
		}
		return text;
	}

	private static boolean forbiddenControl(int ch) {
		return Character.isISOControl(ch) && ch != '\n' && ch != '\t';
	}

	private static List<MeetingFormat> formats(@Nullable List<String> names, List<FieldError> problems) {
		Set<MeetingFormat> formats = EnumSet.noneOf(MeetingFormat.class);
		if (names == null) {
			return List.of();
		}
		for (String name : names) {
			MeetingFormat format = parse(name);
			if (format == null) {
				problems
					.add(new FieldError("formats", "must only name the formats " + List.of(MeetingFormat.values())));
				return List.of();
			}
			formats.add(format);
		}
		return List.copyOf(formats);
	}

	private static @Nullable MeetingFormat parse(@Nullable String name) {
		for (MeetingFormat format : MeetingFormat.values()) {
			if (format.name().equals(name)) {
				return format;
			}
		}
		return null;
	}

}
