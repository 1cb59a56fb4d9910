package dk.tvaers.cases;

import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matches the rejection of a command by the rule it names, so a given/when/then test says which rule a
 * command broke, not only that it broke one: {@code .expectException(BrokenRule.named("grant.stale"))}.
 */
public final class BrokenRule extends TypeSafeMatcher<Throwable> {

    private final String rule;

    private BrokenRule(String rule) {
        this.rule = rule;
    }

    /** A {@link RuleViolationException} (422) or {@link ConflictException} (409) naming {@code rule}. */
    public static Matcher<Throwable> named(String rule) {
        return new BrokenRule(rule);
    }

    @Override
    protected boolean matchesSafely(Throwable thrown) {
        return rule.equals(ruleOf(thrown));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a rejection under the rule ").appendValue(rule);
    }

    @Override
    protected void describeMismatchSafely(Throwable thrown, Description description) {
        description.appendText("was ").appendValue(thrown.getClass().getSimpleName()).appendText(" under ")
                .appendValue(ruleOf(thrown)).appendText(": ").appendText(String.valueOf(thrown.getMessage()));
    }

    private static String ruleOf(Throwable thrown) {
        if (thrown instanceof RuleViolationException violation) {
            return violation.rule();
        }
        if (thrown instanceof ConflictException conflict) {
            return conflict.rule();
        }
        return null;
    }
}
