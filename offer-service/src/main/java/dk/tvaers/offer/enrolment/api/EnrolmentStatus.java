package dk.tvaers.offer.enrolment.api;

/** Where a citizen stands on an offer. */
public enum EnrolmentStatus {
    /** On the waiting list (venteliste). */
    WAITLISTED,
    /** Has a seat, not started yet. */
    ENROLLED,
    /** Has started. */
    STARTED,
    /** Over: completed, discontinued, withdrawn from the waiting list, the offer retired, or the citizen erased. */
    ENDED;

    /** Holds one of the offer's seats. */
    public boolean holdsSeat() {
        return this == ENROLLED || this == STARTED;
    }
}
