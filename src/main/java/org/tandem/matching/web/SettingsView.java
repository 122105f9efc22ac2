package org.tandem.matching.web;

import java.util.List;

import org.tandem.matching.Criterion;
import org.tandem.matching.DepartmentMode;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.solver.Objective;
import org.tandem.program.Program;
import org.tandem.shared.web.FormErrors;

/**
 * The matching settings page: the program, the settings shown (saved, or as sent when
 * they had errors) and the errors.
 */
public record SettingsView(Program program, MatchingSettings settings, FormErrors errors) {

	public List<Criterion> criteria() {
		return List.of(Criterion.values());
	}

	public String field(Criterion criterion) {
		return MatchingSettingsForm.field(criterion);
	}

	public List<WeightChoice> weightChoices() {
		return WeightChoice.all();
	}

	public boolean chosen(Criterion criterion, WeightChoice choice) {
		return choice.value().equals(WeightChoice.valueFor(this.settings.weight(criterion)));
	}

	public List<DepartmentMode> departmentModes() {
		return List.of(DepartmentMode.values());
	}

	public List<Objective> objectives() {
		return List.of(Objective.values());
	}

	public int maxPreferences() {
		return MatchingSettings.MAX_PREFERENCES;
	}

	public String objectiveLabel(Objective objective) {
		return ObjectiveLabels.of(objective);
	}

}
