package dk.tvaers.coordination.referral.api;

/** The referrals a sector of an organisation sent ({@code incoming = false}) or received. */
public record FindReferralsOfSectorQuery(String sector, String organisation, boolean incoming) {
}
