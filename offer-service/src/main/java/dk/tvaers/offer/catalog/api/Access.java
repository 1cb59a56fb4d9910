package dk.tvaers.offer.catalog.api;

/** Whether a citizen needs a referral (visitation) from a sector to get the offer. */
public enum Access {
    /** Uvisiteret: anyone may come. */
    OPEN("open"),
    /** Visiteret: a sector refers the citizen. */
    REFERRAL("referral");

    private final String code;

    Access(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
