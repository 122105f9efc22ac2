package org.tandem.workspace.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.activity.ActivityCounts;
import org.tandem.activity.PairActivities;
import org.tandem.activity.PairActivities.Checklist;
import org.tandem.cadence.Cadence;
import org.tandem.concern.ClosingPrompt;
import org.tandem.concern.PairClosing;
import org.tandem.document.Document;
import org.tandem.document.Documents;
import org.tandem.feedback.FeedbackDue;
import org.tandem.feedback.FeedbackTodo;
import org.tandem.goal.GoalCounts;
import org.tandem.goal.Goals;
import org.tandem.goal.PairGoals;
import org.tandem.message.Conversation;
import org.tandem.message.Messages;
import org.tandem.note.Note;
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
	 * The page in three round trips: the access query (with the layout's read), then
	 * every section's read together ({@link org.tandem.shared.database.PipelinedReads}).
	 * Each section's feature checks access before it adds its read.
	 * @throws org.tandem.shared.kernel.NotFoundException if the caller may not see the
	 * pairing
	 */
	WorkspaceView page(PairingId id, TandemPrincipal me, Supplier<ZoneId> zone) {
		PairingAccess.Viewing viewing = this.access.visible(id, me);
		Pairing pairing = viewing.pairing();
		Program program = this.programs.find(pairing.programId()).orElseThrow();
		Supplier<List<Person>> people = this.people.findAllLater(List.of(pairing.mentorId(), pairing.menteeId()));
		Cadence cadence = this.cadence.of(pairing, program);
		Supplier<PairCounts> counts = null;
		Supplier<Map<PairingId, UpcomingMeeting>> next = null;
		Supplier<PairPlan> plan = null;
		if (!viewing.member()) {
			Supplier<Map<PairingId, GoalCounts>> goals = this.goals.countsOf(List.of(id));
			Supplier<Map<PairingId, ActivityCounts.Count>> activities = this.activityCounts.of(List.of(id));
			counts = () -> new PairCounts(goals.get().getOrDefault(id, GoalCounts.NONE),
					activities.get().getOrDefault(id, ActivityCounts.Count.NONE));
		}
		else {
			next = pairing.closed() ? null : this.meetings.nextOf(List.of(id), this.clock.instant());
			plan = plan(pairing, me, cadence, pairing.mentorId().equals(me.personId()) ? Role.MENTOR : Role.MENTEE,
					people);
		}
		// the first answer sends every read added above; the people come first, so that
		// the sections that name the partner find them remembered
		Map<UUID, Person> members = people.get()
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		PersonSummary mentor = summary(members, pairing.mentorId(), "Mentor");
		PersonSummary mentee = summary(members, pairing.menteeId(), "Mentee");
		List<PersonSummary> shown = new ArrayList<>();
		String nextStep = null;
		String nextMeeting = null;
		String title = mentor.name() + " and " + mentee.name();
		if (viewing.member()) {
			boolean isMentor = pairing.mentorId().equals(me.personId());
			PersonSummary partner = isMentor ? mentee : mentor;
			shown.add(partner);
			nextStep = CadenceWords.nextStep(cadence, isMentor, partner.name());
			title = "Your pairing with " + partner.name();
			UpcomingMeeting upcoming = (next != null) ? next.get().get(id) : null;
			nextMeeting = (upcoming != null) ? upcoming.text(zone.get()) : null;
		}
		else {
			shown.add(mentor);
			shown.add(mentee);
		}
		return new WorkspaceView(pairing.id().value(), program.id().value(), program.name(), title, shown,
				pairing.startedOn(), pairing.firstContactOn(), pairing.lastContactOn(),
				CadenceWords.state(cadence, this.cadence.today()), CadenceWords.cssClass(cadence.state()), nextStep,
				nextMeeting, pairing.closed(), pairing.closedOn(), this.closeReasons.read(pairing), viewing.member(),
				viewing.manages(), (plan != null) ? plan.get() : null, (counts != null) ? counts.get() : null);
	}

	/**
	 * The pair's plan: every section's read is added now, and answered when the plan is
	 * first asked for.
	 */
	private Supplier<PairPlan> plan(Pairing pairing, TandemPrincipal me, Cadence cadence, Role role,
			Supplier<List<Person>> people) {
		Moment moment = switch (cadence.state()) {
			case AWAITING_FIRST_CONTACT -> Moment.NEW_PAIRING;
			case DUE, OVERDUE -> Moment.DUE;
			default -> null;
		};
		Supplier<Optional<Tip>> tip = (moment == null || pairing.closed()) ? Optional::empty
				: this.tips.at(pairing.programId(), moment, role);
		Supplier<PairGoals> goals = this.goals.of(pairing.id(), me);
		Supplier<Optional<Checklist>> checklist = this.activities.ofMember(pairing, me);
		Supplier<List<Note>> notes = this.notes.sharedOf(pairing.id(), me, SHARED_NOTES_SHOWN);
		Supplier<Conversation> conversation = this.messages.latest(pairing.id(), me, MESSAGES_SHOWN);
		Supplier<List<Document>> documents = this.documents.ofPairing(pairing.id(), me, DOCUMENTS_SHOWN);
		ClosingPrompt closing = this.closing.promptFor(pairing.id(), me);
		Supplier<FeedbackTodo> feedback = this.feedback.todo(pairing.id(), me);
		return () -> {
			Map<UUID, String> names = new HashMap<>();
			people.get().forEach((person) -> names.put(person.id().value(), person.name()));
			return new PairPlan(tip.get().orElse(null), goals.get().goals(), names, checklist.get().orElseThrow(),
					notes.get(), me.personId(), names.getOrDefault(pairing.partnerOf(me.personId()), "Your partner"),
					conversation.get(), documents.get(), closing, feedback.get());
		};
	}

	private static PersonSummary summary(Map<UUID, Person> people, UUID id, String role) {
		Person person = people.get(id);
		return (person != null) ? PersonSummary.of(person, role) : PersonSummary.unknown(id, role);
	}

}
