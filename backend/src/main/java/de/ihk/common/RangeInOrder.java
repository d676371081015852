package de.ihk.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Class-level rule: the end of a {@link Ranged} input is not before its start. */
@Constraint(validatedBy = RangeInOrder.Validator.class)
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RangeInOrder {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RangeInOrder, Ranged<?>> {
        @Override
        public boolean isValid(Ranged<?> value, ConstraintValidatorContext context) {
            if (value == null || inOrder(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("Must not be before " + value.rangeStartField() + ".")
                    .addPropertyNode(value.rangeEndField())
                    .addConstraintViolation();
            return false;
        }

        private static <T extends Comparable<? super T>> boolean inOrder(Ranged<T> value) {
            return value.rangeStart() == null
                    || value.rangeEnd() == null
                    || value.rangeStart().compareTo(value.rangeEnd()) <= 0;
        }
    }
}
