package dk.tvaers.platform.domain;

/**
 * A command broke a business rule. Thrown by aggregates and command handlers; the web layer answers
 * 422 with the field and rule named. Plain Java, so the domain stays free of Spring.
 */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String rule;

    /**
     * @param field   the request field the rule concerns, or {@code null} for the whole request
     * @param rule    a stable machine-readable code, e.g. {@code case.already-open}
     * @param message a sentence for the caller
     */
    public RuleViolationException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
