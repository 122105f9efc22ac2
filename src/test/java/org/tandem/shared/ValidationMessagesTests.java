package org.tandem.shared;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the Expression Language on the class path (the jar leaves it out), the
 * application's validator still puts the constraints' parameters into its messages.
 */
@IntegrationTest
class ValidationMessagesTests {

	@Autowired
	Validator validator;

	record Form(@Size(min = 2, max = 5) String name, @Max(3) int count, @Pattern(regexp = "[a-z]+") String code) {
	}

	@Test
	void messagesCarryTheConstraintsParameters() {
		Set<ConstraintViolation<Form>> violations = this.validator.validate(new Form("x", 4, "A1"));
		assertThat(violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("size must be between 2 and 5", "must be less than or equal to 3",
					"must match \"[a-z]+\"");
	}

}
