package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.Rankings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

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
class PreferenceController {

	private final Programs programs;

	private final People people;

	private final Rankings rankings;

	PreferenceController(Programs programs, People people, Rankings rankings) {
		this.programs = programs;
		this.people = people;
		this.rankings = rankings;
	}

	@GetMapping("/programs/{id}/preferences")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable("id") ProgramId programId, Model model) {
		Role role = this.rankings.role(programId, me);
		List<UUID> ranking = this.rankings.rankingOf(programId, me.personId(), role);
		return render(programId, role, new ArrayList<>(ranking), FormErrors.none(), model);
	}

	@PostMapping("/programs/{id}/preferences")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable("id") ProgramId programId,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		Role role = this.rankings.role(programId, me);
		int max = this.rankings.max(programId);
		List<@Nullable UUID> choices = new ArrayList<>();
		List<@Nullable UUID> given = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (int rank = 1; rank <= max; rank++) {
			String value = form.getOrDefault("choice" + rank, "").strip();
			UUID choice = null;
			if (!value.isEmpty()) {
				choice = uuid(value);
				given.add(choice);
				fields.add("choice" + rank);
			}
			choices.add(choice);
		}
		List<FieldError> problems = this.rankings.problems(programId, role, given, fields::get);
		if (!problems.isEmpty()) {
			return render(programId, role, choices, FormErrors.of(problems), model);
		}
		this.rankings.replace(programId, me.personId(), role,
				choices.stream().filter((c) -> c != null).map((c) -> (UUID) c).toList());
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your ranking was saved.");
		return "redirect:/programs/" + programId + "/preferences";
	}

	private static @Nullable UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null; // not a person id: reported like an unknown person
		}
	}

	private String render(ProgramId programId, Role role, List<@Nullable UUID> choices, FormErrors errors,
			Model model) {
		Program program = this.programs.find(programId).orElseThrow();
		int max = this.rankings.max(programId);
		List<Participant> others = this.rankings.others(programId, role);
		Map<UUID, String> names = new HashMap<>();
		for (Person person : this.people.findAll(others.stream().map(Participant::personId).toList())) {
			names.put(person.id().value(), person.name());
		}
		List<PreferencesView.RankOption> options = others.stream()
			.map((p) -> new PreferencesView.RankOption(p.personId(), names.getOrDefault(p.personId(), "Unknown"),
					(role == Role.MENTEE) ? p.profile().expertise() : p.profile().interests()))
			.sorted(Comparator.comparing(PreferencesView.RankOption::name))
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
