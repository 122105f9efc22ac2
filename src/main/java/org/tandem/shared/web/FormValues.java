package org.tandem.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What a person typed into the fields of a form that could not be bound (a date that is
 * no date, a number that is no number), so that the form shows it back as typed; a typed
 * form field is shown as its value otherwise.
 */
public final class FormValues {

	private static final FormValues NONE = new FormValues(Map.of());

	private final Map<String, String> rejected;

	private FormValues(Map<String, String> rejected) {
		this.rejected = rejected;
	}

	public static FormValues none() {
		return NONE;
	}

	public static FormValues of(BindingResult binding) {
		Map<String, String> rejected = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			if (error.isBindingFailure() && error.getRejectedValue() != null) {
				rejected.putIfAbsent(error.getField(), String.valueOf(error.getRejectedValue()));
			}
		}
		return new FormValues(rejected);
	}

	/**
	 * The text of a field: what was typed if it could not be bound, else {@code value} as
	 * text ({@code ""} for {@code null}).
	 */
	public String of(String field, @Nullable Object value) {
		String typed = this.rejected.get(field);
		if (typed != null) {
			return typed;
		}
		return (value != null) ? value.toString() : "";
	}

}
