package dk.tvaers.platform.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a web endpoint that reads, searches, changes or exports personal data. Every successful call is
 * written to the audit log (who, which citizen, what, why, when) before the response leaves the
 * service; if the log cannot be written, the data is not returned.
 * <p>
 * The citizens concerned are taken from the handler parameter named by {@link #citizen()} and from the
 * result: a returned {@link CitizenData}, or a collection or page of them, names its citizen. Every API
 * endpoint carries either this or {@link NoPersonalData}; a test per service enforces it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PersonalData {

    /** What kind of data, e.g. {@code case}, {@code plan}, {@code enrolment}, {@code cpr}. */
    String category();

    AccessKind kind() default AccessKind.READ;

    /** The handler parameter holding the citizen's id ({@link java.util.UUID}), or empty if only the result says. */
    String citizen() default "citizenId";
}
