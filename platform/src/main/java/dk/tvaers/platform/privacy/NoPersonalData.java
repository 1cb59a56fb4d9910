package dk.tvaers.platform.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Declares that a web endpoint touches no personal data (the offer catalog, aggregates), and why. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NoPersonalData {

    /** Why not, in a few words: {@code "the offer catalog"}, {@code "aggregates of five or more"}. */
    String value();
}
