package org.tandem.agreement.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.agreement.AgreementStatus;
import org.tandem.agreement.AgreementTerms;
import org.tandem.program.MeetingFormat;

/**
 * The agreement page. For the committee ({@code member} false) it carries no text at all:
 * {@code form} is empty and {@code saved} is {@code null}.
 *
 * @param saved the stored terms, for members, {@code null} until first saved
 * @param form what the form shows: the stored terms or what was just typed
 * @param message a sentence to show above everything (why an action was refused)
 */
public record AgreementPage(UUID pairingId, String mentorName, String menteeName, boolean member, boolean closed,
		AgreementStatus status, @Nullable AgreementTerms saved, AgreementForm form, boolean mentor,
		@Nullable String message) {

	public String title() {
		return "Agreement of " + this.mentorName + " and " + this.menteeName;
	}

	public List<MeetingFormat> formats() {
		return List.of(MeetingFormat.values());
	}

	public String iso(Instant instant) {
		return instant.toString();
	}

	public boolean acknowledgedByMe() {
		return this.mentor ? this.status.mentorAcknowledged() : this.status.menteeAcknowledged();
	}

	/**
	 * Whether the acknowledge button is offered: there is a saved agreement with the
	 * pledge ticked, which the viewer has not acknowledged yet.
	 */
	public boolean canAcknowledge() {
		return this.member && !this.closed && this.saved != null && !this.saved.blank()
				&& this.saved.confidentialityPledge() && !acknowledgedByMe();
	}

	public String text(@Nullable String text) {
		return (text != null) ? text : "Not agreed yet";
	}

}
