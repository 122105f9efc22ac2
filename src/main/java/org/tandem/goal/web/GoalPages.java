package org.tandem.goal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tandem.goal.Goal;
import org.tandem.goal.GoalComment;
import org.tandem.goal.Goals;
import org.tandem.goal.PairGoals;
import org.tandem.pairing.Pairing;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Role;
import org.tandem.resource.Moment;
import org.tandem.resource.Tips;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.Pager;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Renders the goal pages for {@link GoalController} and {@link MilestoneController}: the
 * pairing's goal board and one goal with its comments, with the forms the model does not
 * hold yet.
 */
@Component
class GoalPages {

	/** Comments shown per page of a goal, newest first. */
	static final int COMMENTS_SHOWN = 20;

	private final Goals goals;

	private final People people;

	private final Tips tips;

	GoalPages(Goals goals, People people, Tips tips) {
		this.goals = goals;
		this.people = people;
		this.tips = tips;
	}

	String board(TandemPrincipal me, PairGoals pair, NewGoalForm form, FormErrors errors, Model model) {
		Pairing pairing = pair.pairing();
		Map<UUID, String> names = names(pairing);
		model.addAttribute("view",
				new GoalBoardPage(pairing.id().value(), pairing.closed(), name(names, pairing.menteeId()),
						name(names, pairing.mentorId()), pair.menteeGoals(), pair.mentorGoals(), pair.counts(),
						name(names, me.personId()), name(names, pairing.partnerOf(me.personId()))));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		Role role = pairing.mentorId().equals(me.personId()) ? Role.MENTOR : Role.MENTEE;
		this.tips.at(pairing.programId(), Moment.GOAL_FORM, role)
			.get()
			.ifPresent((tip) -> model.addAttribute("tip", tip));
		return "goal/goals";
	}

	String goal(TandemPrincipal me, Goals.Reading reading, int page, Model model) {
		Pairing pairing = reading.pairing();
		Goal goal = reading.goal();
		Map<UUID, String> names = names(pairing);
		PageResponse<GoalComment> comments = this.goals.comments(goal.id(), me, new Paging(page, COMMENTS_SHOWN));
		model.addAttribute("view", new GoalPage(goal, pairing.closed(), name(names, goal.ownerId()),
				goal.ownerId().equals(pairing.menteeId()), names, comments, Pager.of(comments, "/goals/" + goal.id())));
		putIfAbsent(model, "edit", GoalForm.of(goal));
		putIfAbsent(model, "editErrors", FormErrors.none());
		putIfAbsent(model, "milestone", MilestoneForm.empty());
		putIfAbsent(model, "milestoneErrors", FormErrors.none());
		putIfAbsent(model, "comment", CommentForm.empty());
		putIfAbsent(model, "commentErrors", FormErrors.none());
		return "goal/goal";
	}

	private static void putIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private Map<UUID, String> names(Pairing pairing) {
		return this.people.findAll(List.of(pairing.mentorId(), pairing.menteeId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Person::name, (a, b) -> a));
	}

	private static String name(Map<UUID, String> names, UUID id) {
		return names.getOrDefault(id, "Someone no longer in Tandem");
	}

}
