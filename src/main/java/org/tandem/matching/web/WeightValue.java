package org.tandem.matching.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A criterion's weight as the settings form sends it: one of {@link WeightChoice#VALUES}.
 */
@NotNull
@Pattern(regexp = WeightChoice.VALUES)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@interface WeightValue {

	String message() default "must be REQUIRED or a weight from 0 to 10";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
