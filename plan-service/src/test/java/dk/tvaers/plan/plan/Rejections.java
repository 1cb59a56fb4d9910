package dk.tvaers.plan.plan;

import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matchers for the fixture's {@code expectException}: which rule was broken, naming which field. */
final class Rejections {

    private Rejections() {
    }

    static Matcher<RuleViolationException> violates(String field, String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolationException e) {
                return Objects.equals(field, e.field()) && rule.equals(e.rule());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a violation of " + rule + " on field " + field);
            }

            @Override
            protected void describeMismatchSafely(RuleViolationException e, Description mismatch) {
                mismatch.appendText("was " + e.rule() + " on field " + e.field() + ": " + e.getMessage());
            }
        };
    }

    static Matcher<ConflictException> conflict(String rule, Long currentVersion) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ConflictException e) {
                return rule.equals(e.rule()) && Objects.equals(currentVersion, e.currentVersion());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a conflict " + rule + " at current version " + currentVersion);
            }

            @Override
            protected void describeMismatchSafely(ConflictException e, Description mismatch) {
                mismatch.appendText("was " + e.rule() + " at " + e.currentVersion());
            }
        };
    }
}
