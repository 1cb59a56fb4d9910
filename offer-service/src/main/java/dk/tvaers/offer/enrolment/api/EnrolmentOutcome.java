package dk.tvaers.offer.enrolment.api;

/** How an enrolment ended. */
public enum EnrolmentOutcome {
    /** Gennemført: the citizen finished the course or used the punch card. */
    COMPLETED("completed"),
    /** Afbrudt: ended before it was finished. */
    DISCONTINUED("discontinued"),
    /** Left the waiting list before getting a seat. */
    WITHDRAWN("withdrawn"),
    /** The offer was retired while the citizen waited. */
    OFFER_RETIRED("offer-retired"),
    /**
     * The citizen was erased (GDPR art. 17): their seat or place in line passes on. Not a way the help ended, so it
     * is never published and never chosen over the API.
     */
    CITIZEN_ERASED("citizen-erased");

    private final String code;

    EnrolmentOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
