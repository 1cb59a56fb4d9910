package dk.tvaers.cases.grant.api;

public enum GrantStatus {
    AWAITING_VISITATION, APPROVED, REJECTED, ENDED
}
