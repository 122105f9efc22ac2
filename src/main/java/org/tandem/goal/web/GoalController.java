package org.tandem.goal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalChange;
import org.tandem.goal.GoalChange.MilestoneInput;
import org.tandem.goal.GoalComment;
import org.tandem.goal.GoalId;
import org.tandem.goal.Goals;
import org.tandem.goal.Milestone;
import org.tandem.goal.PairGoals;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Role;
import org.tandem.resource.Moment;
import org.tandem.resource.Tips;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pair's goal pages: all goals of the pairing with a form to set one, and each goal
 * with its milestones and comments. Only the mentor and the mentee reach them; to anyone
 * else they do not exist. Confirmations never repeat the pair's text, because flash
 * messages travel through the session store.
 */
@HtmlController
class GoalController {

	/** Comments shown per page of a goal, newest first. */
	static final int COMMENTS_SHOWN = 20;

	private static final String CHANGED_MEANWHILE = "This goal was changed meanwhile, perhaps by your partner, "
			+ "so nothing was changed. Here it is as it is now.";

	private final Goals goals;

	private final People people;

	private final FormValidation validation;

	private final Tips tips;

	GoalController(Goals goals, People people, FormValidation validation, Tips tips) {
		this.goals = goals;
		this.people = people;
		this.validation = validation;
		this.tips = tips;
	}

	@GetMapping("/pairings/{id}/goals")
	String board(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, Model model) {
		return renderBoard(me, this.goals.of(id, me), NewGoalForm.empty(), FormErrors.none(), model);
	}

	/**
	 * Sets a goal; or, when a step idea's "Add as milestone" button sent the form, shows
	 * the form again with that milestone added and saves nothing.
	 */
	@PostMapping("/pairings/{id}/goals")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") NewGoalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		PairGoals pair = this.goals.of(id, me);
		if (form.addMilestone() != null && !form.addMilestone().isBlank()) {
			return renderBoard(me, pair, form.withMilestone(form.addMilestone().strip()), FormErrors.none(), model);
		}
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			UUID owner = (form.owner() == OwnerChoice.PARTNER) ? pair.pairing().partnerOf(me.personId())
					: me.personId();
			try {
				Goal goal = this.goals.add(id, me, form.toNewGoal(owner));
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"The goal is set. Add its milestones here, and talk it over in the comments.");
				return "redirect:/goals/" + goal.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				errors = fieldConflict(ex);
			}
		}
		return renderBoard(me, pair, form, errors, model);
	}

	@GetMapping("/goals/{id}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@RequestParam(required = false) @Nullable String milestone,
			@RequestParam(required = false) @Nullable String page, Model model) {
		Goals.Reading reading = this.goals.find(id, me);
		// a step idea's link prefills the milestone field, to be made concrete
		String idea = (milestone != null && milestone.length() <= 200) ? milestone : null;
		model.addAttribute("milestone", new MilestoneForm(idea));
		return renderGoal(me, reading, Pager.pageNumber(page), model);
	}

	@PostMapping("/goals/{id}")
	String change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") GoalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.goals.change(id, me, form.toChange());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your changes to the goal are saved.");
				return "redirect:/goals/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				if (!"version".equals(ex.field())) {
					throw ex; // the pairing is closed: the error page says so
				}
				Goals.Reading now = this.goals.find(id, me);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("notice", "This goal was changed meanwhile, perhaps by your partner. Above is "
						+ "how it is now; your changes are still in the form: save them again to replace it.");
				model.addAttribute("edit", new GoalForm(form.title(), form.description(), form.targetOn(),
						form.progress(), form.status(), now.goal().version()));
				return renderGoal(me, now, 0, model);
			}
		}
		model.addAttribute("edit", form);
		model.addAttribute("editErrors", errors);
		return renderGoal(me, this.goals.find(id, me), 0, model);
	}

	@PostMapping("/goals/{id}/milestones")
	String addMilestone(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") MilestoneForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Goals.Reading reading = this.goals.find(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty() && form.title() != null) {
			List<Milestone> milestones = new ArrayList<>(reading.goal().milestones());
			milestones.add(new Milestone(form.title(), false));
			try {
				// added to the list as it is now, whatever changed since the page was
				// shown
				return saveMilestones(me, id, milestones, reading.goal().version(), "The milestone is added.",
						redirect);
			}
			catch (InvalidInputException ex) {
				// too many milestones, or a title the rules refuse: said at the field
				errors = FormErrors.none().with("title", ex.errors().get(0).message());
			}
		}
		model.addAttribute("milestone", form);
		model.addAttribute("milestoneErrors", errors);
		return renderGoal(me, reading, 0, model);
	}

	@PostMapping("/goals/{id}/milestones/toggle")
	String toggleMilestone(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") MilestoneAction action, BindingResult binding, RedirectAttributes redirect) {
		return editMilestone(me, id, action, binding, redirect, (milestones, index) -> {
			Milestone milestone = milestones.get(index);
			milestones.set(index, new Milestone(milestone.title(), !milestone.done()));
			return milestone.done() ? "The milestone is marked not done." : "The milestone is marked done.";
		});
	}

	@PostMapping("/goals/{id}/milestones/remove")
	String removeMilestone(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") MilestoneAction action, BindingResult binding, RedirectAttributes redirect) {
		return editMilestone(me, id, action, binding, redirect, (milestones, index) -> {
			milestones.remove((int) index);
			return "The milestone is removed.";
		});
	}

	@PostMapping("/goals/{id}/comments")
	String comment(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") CommentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.goals.comment(id, me, form.body());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your comment is added.");
				return "redirect:/goals/" + id + "#comments";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		model.addAttribute("comment", form);
		model.addAttribute("commentErrors", errors);
		return renderGoal(me, this.goals.find(id, me), 0, model);
	}

	/**
	 * Applies a change to one milestone of the list as the page showed it; if the goal
	 * has changed since, nothing is changed and the page says so.
	 */
	private String editMilestone(TandemPrincipal me, GoalId id, MilestoneAction action, BindingResult binding,
			RedirectAttributes redirect, BiFunction<List<Milestone>, Integer, String> edit) {
		Goal goal = this.goals.find(id, me).goal();
		Integer index = action.index();
		if (binding.hasErrors() || index == null || index < 0 || index >= goal.milestones().size()
				|| !Integer.valueOf(goal.version()).equals(action.version())) {
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, CHANGED_MEANWHILE);
			return "redirect:/goals/" + id + "#milestones";
		}
		List<Milestone> milestones = new ArrayList<>(goal.milestones());
		String done = edit.apply(milestones, index);
		return saveMilestones(me, id, milestones, action.version(), done, redirect);
	}

	private String saveMilestones(TandemPrincipal me, GoalId id, List<Milestone> milestones, @Nullable Integer version,
			String done, RedirectAttributes redirect) {
		List<@Nullable MilestoneInput> inputs = milestones.stream()
			.map((milestone) -> new MilestoneInput(milestone.title(), milestone.done()))
			.collect(Collectors.toList());
		try {
			this.goals.change(id, me, new GoalChange(null, null, null, false, null, null, inputs, version));
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, done);
		}
		catch (ConflictException ex) {
			if (!"version".equals(ex.field())) {
				throw ex;
			}
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, CHANGED_MEANWHILE);
		}
		return "redirect:/goals/" + id + "#milestones";
	}

	private static FormErrors fieldConflict(ConflictException ex) {
		if (ex.field() == null) {
			throw ex; // the pairing is closed: the error page says so
		}
		return FormErrors.none().with(ex.field(), ex.getMessage());
	}

	private String renderBoard(TandemPrincipal me, PairGoals pair, NewGoalForm form, FormErrors errors, Model model) {
		Pairing pairing = pair.pairing();
		Map<UUID, String> names = names(pairing);
		model.addAttribute("view",
				new GoalBoardPage(pairing.id().value(), pairing.closed(), name(names, pairing.menteeId()),
						name(names, pairing.mentorId()), pair.menteeGoals(), pair.mentorGoals(), pair.counts(),
						name(names, me.personId()), name(names, pairing.partnerOf(me.personId()))));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		Role role = pairing.mentorId().equals(me.personId()) ? Role.MENTOR : Role.MENTEE;
		this.tips.at(pairing.programId(), Moment.GOAL_FORM, role).ifPresent((tip) -> model.addAttribute("tip", tip));
		return "goal/goals";
	}

	private String renderGoal(TandemPrincipal me, Goals.Reading reading, int page, Model model) {
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
