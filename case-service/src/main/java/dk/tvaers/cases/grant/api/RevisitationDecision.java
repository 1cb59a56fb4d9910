package dk.tvaers.cases.grant.api;

/** What a revisitation (revisitering) of a small §85 grant decides. */
public enum RevisitationDecision {
    /** The grant goes on; it comes up again after another interval. */
    CONTINUE,
    /** The grant ends today (something else serves the citizen better, e.g. a punch card). */
    END
}
