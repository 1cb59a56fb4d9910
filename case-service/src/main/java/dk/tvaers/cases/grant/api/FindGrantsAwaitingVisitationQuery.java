package dk.tvaers.cases.grant.api;

/** The visitation meeting's agenda: a sector's grants waiting for approval. */
public record FindGrantsAwaitingVisitationQuery(String organisation, String sector) {
}
