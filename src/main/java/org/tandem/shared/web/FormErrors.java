package org.tandem.shared.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException;

import org.springframework.validation.BindingResult;

/**
 * The messages a form shows next to its fields, first message per field.
 */
public final class FormErrors {

	private static final FormErrors NONE = new FormErrors(Map.of());

	private final Map<String, String> messages;

	private FormErrors(Map<String, String> messages) {
		this.messages = Collections.unmodifiableMap(messages);
	}

	public static FormErrors none() {
		return NONE;
	}

	public static FormErrors of(BindingResult binding) {
		Map<String, String> messages = new LinkedHashMap<>();
		binding.getFieldErrors().forEach((error) -> messages.putIfAbsent(error.getField(), fieldMessage(error)));
		binding.getGlobalErrors()
			.forEach((error) -> messages.putIfAbsent(error.getObjectName(), String.valueOf(error.getDefaultMessage())));
		return new FormErrors(messages);
	}

	public static FormErrors of(List<InvalidInputException.FieldError> errors) {
		Map<String, String> messages = new LinkedHashMap<>();
		errors.forEach((error) -> messages.putIfAbsent(error.field(), error.message()));
		return new FormErrors(messages);
	}

	private static String fieldMessage(org.springframework.validation.FieldError error) {
		if (error.isBindingFailure()) {
			return "has an invalid value";
		}
		return String.valueOf(error.getDefaultMessage());
	}

	public FormErrors with(String field, String message) {
		Map<String, String> messages = new LinkedHashMap<>(this.messages);
		messages.putIfAbsent(field, message);
		return new FormErrors(messages);
	}

	public boolean isEmpty() {
		return this.messages.isEmpty();
	}

	public boolean has(String field) {
		return this.messages.containsKey(field);
	}

	public @Nullable String get(String field) {
		return this.messages.get(field);
	}

	public Map<String, String> all() {
		return this.messages;
	}

}
