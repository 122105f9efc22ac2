package org.tandem.matching;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.solver.Objective;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
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
 * The committee's page for a program's matching settings: a weight or "required" per
 * criterion, the objective, the department mode, former partners, and how many mentors a
 * mentee may rank.
 */
@HtmlController
class SettingsPages {

	private final Programs programs;

	private final SettingsStore settings;

	SettingsPages(Programs programs, SettingsStore settings) {
		this.programs = programs;
		this.settings = settings;
	}

	@GetMapping("/programs/{id}/matching/settings")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable UUID id, Model model) {
		ProgramId programId = new ProgramId(id);
		Program program = this.programs.managedBy(programId, me);
		model.addAttribute("view", new SettingsView(program, this.settings.load(programId), FormErrors.none()));
		return "matching/settings";
	}

	@PostMapping("/programs/{id}/matching/settings")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable UUID id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		ProgramId programId = new ProgramId(id);
		Program program = this.programs.managedBy(programId, me);
		List<FieldError> problems = new ArrayList<>();
		MatchingSettings current = this.settings.load(programId);
		Map<Criterion, CriterionWeight> weights = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			CriterionWeight weight = weight(form.get("weight-" + criterion.name()));
			if (weight == null) {
				problems.add(new FieldError("weight-" + criterion.name(), "must be REQUIRED or a weight from 0 to 10"));
			}
			else {
				weights.put(criterion, weight);
			}
		}
		Objective objective = choice(Objective.class, form.get("objective"), "objective", problems);
		DepartmentMode department = choice(DepartmentMode.class, form.get("departmentMode"), "departmentMode",
				problems);
		Integer max = number(form.get("maxPreferences"));
		if (max == null || max < 1 || max > MatchingSettings.MAX_PREFERENCES) {
			problems.add(new FieldError("maxPreferences",
					"must be a whole number from 1 to " + MatchingSettings.MAX_PREFERENCES));
		}
		MatchingSettings sent = new MatchingSettings((objective != null) ? objective : current.objective(),
				form.containsKey("excludeFormerPartners"), (department != null) ? department : current.departmentMode(),
				(max != null && problems.stream().noneMatch((p) -> p.field().equals("maxPreferences"))) ? max
						: current.maxPreferences(),
				weights);
		if (!problems.isEmpty()) {
			model.addAttribute("view", new SettingsView(program, sent, FormErrors.of(problems)));
			return "matching/settings";
		}
		this.settings.save(programId, sent);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The matching settings were saved.");
		return "redirect:/programs/" + id + "/matching";
	}

	private static @Nullable CriterionWeight weight(@Nullable String value) {
		if ("REQUIRED".equals(value)) {
			return CriterionWeight.mustMeet();
		}
		Integer number = number(value);
		return (number != null && number >= 0 && number <= CriterionWeight.MAX_WEIGHT) ? CriterionWeight.of(number)
				: null;
	}

	private static @Nullable Integer number(@Nullable String value) {
		if (value == null || !value.strip().matches("\\d{1,3}")) {
			return null;
		}
		return Integer.parseInt(value.strip());
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<FieldError> problems) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		problems.add(new FieldError(field, "must be one of the choices"));
		return null;
	}

}
