package dk.tvaers.plan.followup.api;

/**
 * How often a plan is followed up (opfølgning). The investment approach follows up quarterly; the law
 * asks for at least once a year.
 */
public final class FollowUpRules {

    public static final int DEFAULT_FREQUENCY_MONTHS = 3;
    public static final int MAX_FREQUENCY_MONTHS = 12;
    public static final int MIN_CITIZEN_RATING = 1;
    public static final int MAX_CITIZEN_RATING = 5;

    private FollowUpRules() {
    }
}
