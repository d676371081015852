package de.ihk.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hibernate.validator.constraints.URL;

/** An absolute http or https URL of at most 2,000 characters. */
@URL
@Pattern(regexp = "https?://[^\\s]+")
@Size(max = 2000)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({
    ElementType.FIELD,
    ElementType.PARAMETER,
    ElementType.RECORD_COMPONENT,
    ElementType.TYPE_USE,
    ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpUrl {
    String message() default "Must be an absolute http or https URL of at most 2000 characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
