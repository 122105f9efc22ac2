package org.tandem.agreement;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;

/**
 * The agreement as the pair typed or sent it, before any check.
 *
 * @param formats names of {@link MeetingFormat}s
 * @param version the version the person was editing (so that a partner's change in
 * between is not overwritten unseen); {@code null} for none
 */
public record AgreementDraft(@Nullable String groundRules, @Nullable String timeCommitment, @Nullable String scope,
		@Nullable String rhythm, @Nullable List<String> formats, @Nullable String communication, @Nullable String goals,
		@Nullable Boolean confidentialityPledge, @Nullable Integer version) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "AgreementDraft[formats=" + this.formats + ", version=" + this.version + "]";
	}

}
