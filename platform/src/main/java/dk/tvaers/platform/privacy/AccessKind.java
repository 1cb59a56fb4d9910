package dk.tvaers.platform.privacy;

/** What was done with personal data, for the audit log. */
public enum AccessKind {
    READ, SEARCH, CHANGE, EXPORT
}
