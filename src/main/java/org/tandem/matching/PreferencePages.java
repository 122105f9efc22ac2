package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.InvalidInputException.FieldError;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rankings for preferences mode: an active mentee ranks up to N of the program's mentors;
 * an active mentor may rank mentees. The committee sees who ranked on its matching page.
 */
@HtmlController
class PreferencePages {

	private final Programs programs;

	private final People people;

	private final PreferenceStore preferences;

	private final SettingsStore settings;

	PreferencePages(Programs programs, People people, PreferenceStore preferences, SettingsStore settings) {
		this.programs = programs;
		this.people = people;
		this.preferences = preferences;
		this.settings = settings;
	}

	@GetMapping("/programs/{id}/preferences")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable UUID id, Model model) {
		ProgramId programId = new ProgramId(id);
		Role role = role(programId, me);
		List<UUID> ranking = this.preferences.rankingOf(programId, me.personId(), role);
		return render(programId, role, new ArrayList<>(ranking), FormErrors.none(), model);
	}

	@PostMapping("/programs/{id}/preferences")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable UUID id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ProgramId programId = new ProgramId(id);
		Role role = role(programId, me);
		int max = this.settings.load(programId).maxPreferences();
		Set<UUID> allowed = new HashSet<>();
		others(programId, role).forEach((p) -> allowed.add(p.personId()));
		List<@Nullable UUID> choices = new ArrayList<>();
		List<FieldError> problems = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (int rank = 1; rank <= max; rank++) {
			String value = form.getOrDefault("choice" + rank, "").strip();
			UUID choice = null;
			if (!value.isEmpty()) {
				try {
					choice = UUID.fromString(value);
				}
				catch (IllegalArgumentException ex) {
					// not a person id: reported below like an unknown person
				}
				if (choice == null || !allowed.contains(choice)) {
					problems.add(new FieldError("choice" + rank, "must be one of the people listed"));
					choice = null;
				}
				else if (!seen.add(choice)) {
					problems.add(new FieldError("choice" + rank, "names someone you ranked already"));
				}
			}
			choices.add(choice);
		}
		if (!problems.isEmpty()) {
			return render(programId, role, choices, FormErrors.of(problems), model);
		}
		this.preferences.replace(programId, me.personId(), role,
				choices.stream().filter((c) -> c != null).map((c) -> (UUID) c).toList());
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your ranking was saved.");
		return "redirect:/programs/" + id + "/preferences";
	}

	/**
	 * The role in which the caller ranks: as mentee if they are an active mentee of the
	 * program, else as mentor.
	 */
	private Role role(ProgramId programId, TandemPrincipal me) {
		List<Participant> mine = this.programs.participationsOf(me.personId())
			.stream()
			.filter((p) -> p.programId().equals(programId) && p.status() == ParticipantStatus.ACTIVE)
			.toList();
		if (mine.stream().anyMatch((p) -> p.role() == Role.MENTEE)) {
			return Role.MENTEE;
		}
		if (mine.stream().anyMatch((p) -> p.role() == Role.MENTOR)) {
			return Role.MENTOR;
		}
		// Neither mentor nor mentee: 404 if they may not see the program, else 403.
		this.programs.managedBy(programId, me);
		throw new org.tandem.shared.web.ForbiddenException("Only the program's mentors and mentees rank.");
	}

	private List<Participant> others(ProgramId programId, Role role) {
		return this.programs.activeParticipants(programId, (role == Role.MENTEE) ? Role.MENTOR : Role.MENTEE,
				MatchingInputs.MAX_PARTICIPANTS);
	}

	private String render(ProgramId programId, Role role, List<@Nullable UUID> choices, FormErrors errors,
			Model model) {
		Program program = this.programs.find(programId).orElseThrow();
		int max = this.settings.load(programId).maxPreferences();
		List<Participant> others = others(programId, role);
		Map<UUID, String> names = new HashMap<>();
		for (Person person : this.people.findAll(others.stream().map(Participant::personId).toList())) {
			names.put(person.id().value(), person.name());
		}
		List<PreferencesView.RankOption> options = others.stream()
			.map((p) -> new PreferencesView.RankOption(p.personId(), names.getOrDefault(p.personId(), "Unknown"),
					(role == Role.MENTEE) ? p.profile().expertise() : p.profile().interests()))
			.sorted(java.util.Comparator.comparing(PreferencesView.RankOption::name))
			.toList();
		List<@Nullable UUID> padded = new ArrayList<>(choices);
		while (padded.size() < max) {
			padded.add(null);
		}
		model.addAttribute("view",
				new PreferencesView(program, role == Role.MENTEE, options, padded.subList(0, max), errors));
		return "matching/preferences";
	}

}
