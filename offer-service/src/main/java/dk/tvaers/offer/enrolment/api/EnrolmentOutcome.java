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
    OFFER_RETIRED("offer-retired");

    private final String code;

    EnrolmentOutcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
