package org.tandem.shared.web;

import jakarta.validation.Validator;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The errors of a form bound with {@code @Valid}, all at once: Spring skips the Bean
 * Validation of a form record when one of its fields could not be bound (a date that is
 * no date), so the other fields are validated here, and a field keeps its first message.
 */
@Component
public class FormValidation {

	private final SpringValidatorAdapter validator;

	FormValidation(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	public FormErrors errors(Object form, BindingResult binding) {
		if (binding.getFieldErrors().stream().anyMatch(FieldError::isBindingFailure)) {
			this.validator.validate(form, binding);
		}
		return FormErrors.of(binding);
	}

}
