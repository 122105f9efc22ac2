package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.matching.Criterion;
import org.tandem.matching.CriterionWeight;
import org.tandem.matching.DepartmentMode;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.solver.Objective;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.web.FormErrors;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The matching settings form: a weight per criterion (field {@code weight-CRITERION}),
 * the objective, the department mode, former partners (a checkbox: absent unless ticked),
 * and how many people one may rank.
 */
record MatchingSettingsForm(@BindParam("weight-EXPERTISE_OVERLAP") @WeightValue @Nullable String expertiseOverlap,
		@BindParam("weight-DEPARTMENT") @WeightValue @Nullable String department,
		@BindParam("weight-LOCATION") @WeightValue @Nullable String location,
		@BindParam("weight-MEETING_FORMATS") @WeightValue @Nullable String meetingFormats,
		@BindParam("weight-LANGUAGES") @WeightValue @Nullable String languages,
		@BindParam("weight-MENTEE_REQUEST") @WeightValue @Nullable String menteeRequest,
		@NotNull(message = CHOICE) @Nullable Objective objective,
		@NotNull(message = CHOICE) @Nullable DepartmentMode departmentMode, @Nullable Boolean excludeFormerPartners,
		@NotNull(message = MAX) @Min(value = 1, message = MAX) @Max(value = MatchingSettings.MAX_PREFERENCES,
				message = MAX) @Nullable Integer maxPreferences) {

	static final String CHOICE = "must be one of the choices";

	static final String MAX = "must be a whole number from 1 to " + MatchingSettings.MAX_PREFERENCES;

	/**
	 * The record component that holds each criterion's weight.
	 */
	private static final Map<String, Criterion> WEIGHT_COMPONENTS = Map.of("expertiseOverlap",
			Criterion.EXPERTISE_OVERLAP, "department", Criterion.DEPARTMENT, "location", Criterion.LOCATION,
			"meetingFormats", Criterion.MEETING_FORMATS, "languages", Criterion.LANGUAGES, "menteeRequest",
			Criterion.MENTEE_REQUEST);

	/**
	 * The form field of a criterion's weight.
	 */
	static String field(Criterion criterion) {
		return "weight-" + criterion.name();
	}

	/**
	 * The errors by the page's field names: Bean Validation names a weight's error after
	 * the record component, the page after its select ({@link #field}).
	 */
	static FormErrors errors(BindingResult binding) {
		List<FieldError> errors = new ArrayList<>();
		FormErrors.of(binding).all().forEach((name, message) -> {
			Criterion criterion = WEIGHT_COMPONENTS.get(name);
			errors.add(new FieldError((criterion != null) ? field(criterion) : name, message));
		});
		return FormErrors.of(errors);
	}

	/**
	 * The settings as sent; a field with an error keeps the current value (a weight: its
	 * default), so the page shows what it can of the form.
	 */
	MatchingSettings settings(MatchingSettings current, FormErrors errors) {
		Map<Criterion, CriterionWeight> weights = new EnumMap<>(Criterion.class);
		weightValues().forEach((criterion, value) -> {
			CriterionWeight weight = WeightChoice.weight(value);
			if (weight != null) {
				weights.put(criterion, weight);
			}
		});
		return new MatchingSettings((this.objective != null) ? this.objective : current.objective(),
				Boolean.TRUE.equals(this.excludeFormerPartners),
				(this.departmentMode != null) ? this.departmentMode : current.departmentMode(),
				(this.maxPreferences != null && !errors.has("maxPreferences")) ? this.maxPreferences
						: current.maxPreferences(),
				weights);
	}

	private Map<Criterion, @Nullable String> weightValues() {
		Map<Criterion, @Nullable String> values = new EnumMap<>(Criterion.class);
		values.put(Criterion.EXPERTISE_OVERLAP, this.expertiseOverlap);
		values.put(Criterion.DEPARTMENT, this.department);
		values.put(Criterion.LOCATION, this.location);
		values.put(Criterion.MEETING_FORMATS, this.meetingFormats);
		values.put(Criterion.LANGUAGES, this.languages);
		values.put(Criterion.MENTEE_REQUEST, this.menteeRequest);
		return values;
	}

}
