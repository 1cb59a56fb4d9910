package dk.tvaers.coordination.referral.api;

/** Who acts on a referral: a caseworker of a sector in an organisation. */
public record Party(String userId, String sector, String organisation) {
}
