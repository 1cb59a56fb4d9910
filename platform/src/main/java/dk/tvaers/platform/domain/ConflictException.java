package dk.tvaers.platform.domain;

/**
 * The request conflicts with the current state: a duplicate, or a change based on a stale version.
 * Answered with 409; {@link #currentVersion()} tells the caller what to re-read.
 */
public class ConflictException extends RuntimeException {

    private final String rule;
    private final Long currentVersion;

    public ConflictException(String rule, String message) {
        this(rule, message, null);
    }

    public ConflictException(String rule, String message, Long currentVersion) {
        super(message);
        this.rule = rule;
        this.currentVersion = currentVersion;
    }

    public String rule() {
        return rule;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
