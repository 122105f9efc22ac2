package org.tandem.pairing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.cadence.Cadence;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.PageResponse;
import org.tandem.shared.web.Paging;

import org.springframework.stereotype.Component;

/**
 * The models of "My pairings" and of one pairing's page.
 */
@Component
class PairingPageModels {

	private final Pairings pairings;

	private final PairingAccess access;

	private final PairingViews views;

	private final PairingCadence cadence;

	private final People people;

	private final Programs programs;

	PairingPageModels(Pairings pairings, PairingAccess access, PairingViews views, PairingCadence cadence,
			People people, Programs programs) {
		this.pairings = pairings;
		this.access = access;
		this.views = views;
		this.cadence = cadence;
		this.people = people;
		this.programs = programs;
	}

	PageResponse<PairingCard> mine(TandemPrincipal me, Paging paging) {
		PageResponse<Pairing> page = this.pairings.mine(me, paging);
		Map<ProgramId, Program> programs = this.views.programsOf(page.items());
		Map<UUID, Person> partners = people(
				page.items().stream().map((pairing) -> pairing.partnerOf(me.personId())).toList());
		LocalDate today = this.cadence.today();
		Map<PairingId, Cadence> cadences = this.cadence.ofAll(page.items(), programs);
		return page.map((pairing) -> {
			Program program = programs.get(pairing.programId());
			UUID partnerId = pairing.partnerOf(me.personId());
			Person partner = partners.get(partnerId);
			String partnerName = (partner != null) ? partner.name() : "Unknown person";
			boolean mentor = pairing.mentorId().equals(me.personId());
			Cadence cadence = cadences.get(pairing.id());
			return new PairingCard(pairing.id().value(), partnerId, partnerName, program.id().value(), program.name(),
					mentor ? "mentor" : "mentee", CadenceWords.state(cadence, today),
					CadenceWords.cssClass(cadence.state()), CadenceWords.nextStep(cadence, mentor, partnerName),
					pairing.closed());
		});
	}

	/**
	 * @throws org.tandem.shared.web.NotFoundException if the caller may not see the
	 * pairing
	 */
	PairingPageView page(PairingId id, TandemPrincipal me) {
		PairingAccess.Viewing viewing = this.access.visible(id, me);
		Pairing pairing = viewing.pairing();
		Program program = this.programs.find(pairing.programId()).orElseThrow();
		Map<UUID, Person> members = people(List.of(pairing.mentorId(), pairing.menteeId()));
		PersonSummary mentor = summary(members, pairing.mentorId(), "Mentor");
		PersonSummary mentee = summary(members, pairing.menteeId(), "Mentee");
		List<PersonSummary> shown = new ArrayList<>();
		String nextStep = null;
		Cadence cadence = this.cadence.of(pairing, program);
		String title = mentor.name() + " and " + mentee.name();
		if (viewing.member()) {
			boolean isMentor = pairing.mentorId().equals(me.personId());
			PersonSummary partner = isMentor ? mentee : mentor;
			shown.add(partner);
			nextStep = CadenceWords.nextStep(cadence, isMentor, partner.name());
			title = "Your pairing with " + partner.name();
		}
		else {
			shown.add(mentor);
			shown.add(mentee);
		}
		return new PairingPageView(pairing.id().value(), program.id().value(), program.name(), title, shown,
				pairing.startedOn(), pairing.firstContactOn(), pairing.lastContactOn(),
				CadenceWords.state(cadence, this.cadence.today()), CadenceWords.cssClass(cadence.state()), nextStep,
				pairing.closed(), pairing.closedOn(), pairing.closeReason(), viewing.manages());
	}

	private Map<UUID, Person> people(List<UUID> ids) {
		return this.people.findAll(ids)
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
	}

	private static PersonSummary summary(Map<UUID, Person> people, UUID id, String role) {
		Person person = people.get(id);
		return (person != null) ? PersonSummary.of(person, role) : PersonSummary.unknown(id, role);
	}

}
