package dk.tvaers.cases.grant.api;

/** The revisitation list: a sector's small §85 grants due for revisitation. */
public record FindRevisitationListQuery(String organisation, String sector) {
}
