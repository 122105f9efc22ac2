package org.tandem.agreement.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.agreement.AgreementDraft;
import org.tandem.agreement.AgreementTerms;
import org.tandem.program.MeetingFormat;

/**
 * The agreement as typed on the page, before any check.
 *
 * @param formats names of {@link MeetingFormat}s
 * @param version on the page, the version the person was editing (so that a partner's
 * change in between is not overwritten unseen); {@code null} for none
 */
public record AgreementForm(@Nullable String groundRules, @Nullable String timeCommitment, @Nullable String scope,
		@Nullable String rhythm, @Nullable List<String> formats, @Nullable String communication, @Nullable String goals,
		@Nullable Boolean confidentialityPledge, @Nullable Integer version) {

	static AgreementForm of(AgreementTerms terms, @Nullable Integer version) {
		return new AgreementForm(terms.groundRules(), terms.timeCommitment(), terms.scope(), terms.rhythm(),
				terms.formats().stream().map(MeetingFormat::name).toList(), terms.communication(), terms.goals(),
				terms.confidentialityPledge(), version);
	}

	AgreementDraft toDraft() {
		return new AgreementDraft(this.groundRules, this.timeCommitment, this.scope, this.rhythm, this.formats,
				this.communication, this.goals, this.confidentialityPledge, this.version);
	}

	public String value(@Nullable String text) {
		return (text != null) ? text : "";
	}

	public boolean has(MeetingFormat format) {
		return this.formats != null && this.formats.contains(format.name());
	}

	public boolean pledged() {
		return Boolean.TRUE.equals(this.confidentialityPledge);
	}

	public String versionValue() {
		return (this.version != null) ? this.version.toString() : "";
	}

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "AgreementForm[formats=" + this.formats + ", version=" + this.version + "]";
	}

}
