package dk.tvaers.platform.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a domain event that holds personal data (a name, a CPR number, the citizen's own
 * words). It is stored encrypted with the key of the citizen named by the event's {@link DataSubject}
 * component; once that citizen is erased it reads as {@code null}.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Erasable {
}
