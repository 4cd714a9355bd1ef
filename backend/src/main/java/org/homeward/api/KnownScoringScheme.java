package org.homeward.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.homeward.casefile.assessment.ScoringSchemes;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The id of one of the published scoring schemes, such as {@code reintegration-sustainability-v1}. */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownScoringScheme.Validator.class)
public @interface KnownScoringScheme {

    String message() default "must be the id of a published scoring scheme";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownScoringScheme, String> {

        private final ScoringSchemes schemes;

        public Validator(ScoringSchemes schemes) {
            this.schemes = schemes;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || schemes.find(value).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", schemes.ids()))
                    .addConstraintViolation();
            return false;
        }
    }
}
