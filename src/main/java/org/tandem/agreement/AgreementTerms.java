package org.tandem.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;

/**
 * What a pair agrees on, in plain text: confidential to the pair. Texts are normalized
 * (line breaks as {@code \n}, no surrounding blanks, {@code null} when empty) and formats
 * are distinct and in their declared order, so two equal agreements are equal records.
 */
public record AgreementTerms(@Nullable String groundRules, @Nullable String timeCommitment, @Nullable String scope,
		@Nullable String rhythm, List<MeetingFormat> formats, @Nullable String communication, @Nullable String goals,
		boolean confidentialityPledge) {

	public AgreementTerms {
		formats = List.copyOf(formats);
	}

	public static AgreementTerms empty() {
		return new AgreementTerms(null, null, null, null, List.of(), null, null, false);
	}

	/**
	 * Whether nothing is agreed yet: no text and no format (the pledge alone is no
	 * agreement).
	 */
	public boolean blank() {
		return this.groundRules == null && this.timeCommitment == null && this.scope == null && this.rhythm == null
				&& this.formats.isEmpty() && this.communication == null && this.goals == null;
	}

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "AgreementTerms[formats=" + this.formats + ", confidentialityPledge=" + this.confidentialityPledge + "]";
	}

}
