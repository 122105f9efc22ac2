package org.tandem.workspace.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.activity.ActivityCounts;
import org.tandem.activity.PairActivities;
import org.tandem.cadence.Cadence;
import org.tandem.concern.PairClosing;
import org.tandem.document.Documents;
import org.tandem.feedback.FeedbackDue;
import org.tandem.goal.GoalCounts;
import org.tandem.goal.Goals;
import org.tandem.message.Messages;
import org.tandem.note.Notes;
import org.tandem.pairing.CadenceWords;
import org.tandem.pairing.CloseReasons;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingAccess;
import org.tandem.pairing.PairingCadence;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.UpcomingMeetings;
import org.tandem.pairing.UpcomingMeetings.UpcomingMeeting;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.resource.Moment;
import org.tandem.resource.Tip;
import org.tandem.resource.Tips;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The model of one pairing's page: the pair's workspace, or the committee's view of it.
 */
@Component
class WorkspaceModels {

	/** The newest shared notes on the workspace; the notes page has them all. */
	static final int SHARED_NOTES_SHOWN = 5;

	/** The newest messages on the workspace; the conversation page has them all. */
	static final int MESSAGES_SHOWN = 5;

	/**
	 * The documents changed most recently on the workspace; the documents page has them
	 * all.
	 */
	static final int DOCUMENTS_SHOWN = 3;

	private final PairingAccess access;

	private final PairingCadence cadence;

	private final People people;

	private final Programs programs;

	private final CloseReasons closeReasons;

	private final UpcomingMeetings meetings;

	private final Clock clock;

	private final Goals goals;

	private final PairActivities activities;

	private final ActivityCounts activityCounts;

	private final Tips tips;

	private final Notes notes;

	private final Messages messages;

	private final PairClosing closing;

	private final FeedbackDue feedback;

	private final Documents documents;

	WorkspaceModels(PairingAccess access, PairingCadence cadence, People people, Programs programs,
			CloseReasons closeReasons, UpcomingMeetings meetings, Clock clock, Goals goals, PairActivities activities,
			ActivityCounts activityCounts, Tips tips, Notes notes, Messages messages, PairClosing closing,
			FeedbackDue feedback, Documents documents) {
		this.feedback = feedback;
		this.documents = documents;
		this.messages = messages;
		this.closing = closing;
		this.notes = notes;
		this.goals = goals;
		this.activities = activities;
		this.activityCounts = activityCounts;
		this.tips = tips;
		this.access = access;
		this.cadence = cadence;
		this.people = people;
		this.programs = programs;
		this.closeReasons = closeReasons;
		this.meetings = meetings;
		this.clock = clock;
	}

	/**
	 * @throws org.tandem.shared.kernel.NotFoundException if the caller may not see the
	 * pairing
	 */
	WorkspaceView page(PairingId id, TandemPrincipal me, Supplier<ZoneId> zone) {
		PairingAccess.Viewing viewing = this.access.visible(id, me);
		Pairing pairing = viewing.pairing();
		Program program = this.programs.find(pairing.programId()).orElseThrow();
		Map<UUID, Person> members = people(List.of(pairing.mentorId(), pairing.menteeId()));
		PersonSummary mentor = summary(members, pairing.mentorId(), "Mentor");
		PersonSummary mentee = summary(members, pairing.menteeId(), "Mentee");
		List<PersonSummary> shown = new ArrayList<>();
		String nextStep = null;
		String nextMeeting = null;
		Cadence cadence = this.cadence.of(pairing, program);
		String title = mentor.name() + " and " + mentee.name();
		PairPlan plan = null;
		PairCounts counts = null;
		if (viewing.member()) {
			boolean isMentor = pairing.mentorId().equals(me.personId());
			PersonSummary partner = isMentor ? mentee : mentor;
			shown.add(partner);
			nextStep = CadenceWords.nextStep(cadence, isMentor, partner.name());
			title = "Your pairing with " + partner.name();
			if (!pairing.closed()) {
				UpcomingMeeting next = this.meetings.nextOf(List.of(id), this.clock.instant()).get(id);
				nextMeeting = (next != null) ? next.text(zone.get()) : null;
			}
			plan = plan(pairing, me, cadence, isMentor ? Role.MENTOR : Role.MENTEE,
					Map.of(mentor.id(), mentor.name(), mentee.id(), mentee.name()));
		}
		else {
			shown.add(mentor);
			shown.add(mentee);
			counts = new PairCounts(this.goals.countsOf(List.of(id)).getOrDefault(id, GoalCounts.NONE),
					this.activityCounts.of(List.of(id)).getOrDefault(id, ActivityCounts.Count.NONE));
		}
		return new WorkspaceView(pairing.id().value(), program.id().value(), program.name(), title, shown,
				pairing.startedOn(), pairing.firstContactOn(), pairing.lastContactOn(),
				CadenceWords.state(cadence, this.cadence.today()), CadenceWords.cssClass(cadence.state()), nextStep,
				nextMeeting, pairing.closed(), pairing.closedOn(), this.closeReasons.read(pairing), viewing.member(),
				viewing.manages(), plan, counts);
	}

	private PairPlan plan(Pairing pairing, TandemPrincipal me, Cadence cadence, Role role, Map<UUID, String> names) {
		Moment moment = switch (cadence.state()) {
			case AWAITING_FIRST_CONTACT -> Moment.NEW_PAIRING;
			case DUE, OVERDUE -> Moment.DUE;
			default -> null;
		};
		Tip tip = (moment == null || pairing.closed()) ? null
				: this.tips.at(pairing.programId(), moment, role).orElse(null);
		return new PairPlan(tip, this.goals.of(pairing.id(), me).goals(), names,
				this.activities.ofMember(pairing, me).orElseThrow(),
				this.notes.sharedOf(pairing.id(), me, SHARED_NOTES_SHOWN), me.personId(),
				names.getOrDefault(pairing.partnerOf(me.personId()), "Your partner"),
				this.messages.latest(pairing.id(), me, MESSAGES_SHOWN),
				this.documents.ofPairing(pairing.id(), me, DOCUMENTS_SHOWN), this.closing.promptFor(pairing.id(), me),
				this.feedback.todo(pairing.id(), me));
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
