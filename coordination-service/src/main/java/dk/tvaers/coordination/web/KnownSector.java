package dk.tvaers.coordination.web;

import dk.tvaers.contracts.Sectors;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sector code every installation knows ({@link Sectors#KNOWN}), for requests that address a sector that must
 * exist, such as a referral's receiver. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownSector.Validator.class)
public @interface KnownSector {

    String message() default "must be a known sector";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<KnownSector, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Sectors.KNOWN.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", Sectors.KNOWN))
                    .addConstraintViolation();
            return false;
        }
    }
}
