package org.tandem.pairing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.pairing.AgreementStates;
import org.tandem.pairing.AgreementStates.AgreementState;
import org.tandem.pairing.CadenceWords;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingCadence;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.pairing.UnreadMessages;
import org.tandem.pairing.UpcomingMeetings;
import org.tandem.pairing.UpcomingMeetings.UpcomingMeeting;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The cards of "My pairings": one query for the pairings with their programs and absences
 * (with the layout's read), then one each for partners, next meetings, agreements and
 * unread messages, sent together, however many cards the page has.
 */
@Component
class PairingCards {

	private final Pairings pairings;

	private final PairingViews views;

	private final PairingCadence cadence;

	private final People people;

	private final UpcomingMeetings meetings;

	private final AgreementStates agreements;

	private final UnreadMessages unread;

	private final Clock clock;

	PairingCards(Pairings pairings, PairingViews views, PairingCadence cadence, People people,
			UpcomingMeetings meetings, AgreementStates agreements, UnreadMessages unread, Clock clock) {
		this.unread = unread;
		this.pairings = pairings;
		this.views = views;
		this.cadence = cadence;
		this.people = people;
		this.meetings = meetings;
		this.agreements = agreements;
		this.clock = clock;
	}

	/**
	 * The viewer's cards, the next meetings' times in {@code zone}, theirs.
	 */
	PageResponse<PairingCard> mine(TandemPrincipal me, Paging paging, Supplier<ZoneId> zone) {
		PageResponse<Pairing> page = this.pairings.mine(me, paging);
		List<PairingId> ids = page.items().stream().map(Pairing::id).toList();
		Map<ProgramId, Program> programs = this.views.programsOf(page.items());
		// the four reads go together, in one round trip
		Supplier<List<Person>> partnerRead = this.people
			.findAllLater(page.items().stream().map((pairing) -> pairing.partnerOf(me.personId())).toList());
		Supplier<Map<PairingId, UpcomingMeeting>> nextRead = this.meetings.nextOf(ids, this.clock.instant());
		Supplier<Map<PairingId, AgreementState>> agreedRead = this.agreements.of(ids);
		Supplier<Map<PairingId, Long>> unreadRead = this.unread.of(ids, me.personId());
		Map<UUID, Person> partners = partnerRead.get()
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		LocalDate today = this.cadence.today();
		Map<PairingId, Cadence> cadences = this.cadence.ofAll(page.items(), programs);
		Map<PairingId, UpcomingMeeting> next = nextRead.get();
		Map<PairingId, AgreementState> agreed = agreedRead.get();
		Map<PairingId, Long> unread = unreadRead.get();
		return page.map((pairing) -> {
			Program program = programs.get(pairing.programId());
			UUID partnerId = pairing.partnerOf(me.personId());
			Person partner = partners.get(partnerId);
			String partnerName = (partner != null) ? partner.name() : "Unknown person";
			boolean mentor = pairing.mentorId().equals(me.personId());
			Cadence cadence = cadences.get(pairing.id());
			AgreementState agreement = agreed.getOrDefault(pairing.id(), AgreementState.NONE);
			return new PairingCard(pairing.id().value(), partnerId, partnerName, program.id().value(), program.name(),
					mentor ? "mentor" : "mentee", CadenceWords.state(cadence, today),
					CadenceWords.cssClass(cadence.state()), CadenceWords.nextStep(cadence, mentor, partnerName),
					pairing.closed(), pairing.closed() ? null : meeting(next.get(pairing.id()), zone.get()),
					agreementText(agreement, mentor, partnerName), agreementClass(agreement),
					unread.getOrDefault(pairing.id(), 0L));
		});
	}

	static @Nullable String meeting(@Nullable UpcomingMeeting meeting, ZoneId zone) {
		return (meeting == null) ? null : meeting.text(zone);
	}

	/**
	 * The agreement's state as the viewer reads it: what is missing, and from whom.
	 */
	static String agreementText(AgreementState agreement, boolean mentor, String partnerName) {
		if (!agreement.recorded()) {
			return "Not written yet";
		}
		boolean mine = mentor ? agreement.mentorAcknowledged() : agreement.menteeAcknowledged();
		boolean theirs = mentor ? agreement.menteeAcknowledged() : agreement.mentorAcknowledged();
		if (mine && theirs) {
			return "Acknowledged by both of you";
		}
		if (mine) {
			return "Waiting for " + partnerName + " to acknowledge it";
		}
		return theirs ? "Waiting for you to acknowledge it" : "Written; neither of you has acknowledged it yet";
	}

	static String agreementClass(AgreementState agreement) {
		if (agreement.mentorAcknowledged() && agreement.menteeAcknowledged()) {
			return "status-on-track";
		}
		return "status-due";
	}

}
