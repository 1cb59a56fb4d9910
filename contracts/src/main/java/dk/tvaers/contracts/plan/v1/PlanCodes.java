package dk.tvaers.contracts.plan.v1;

import java.util.List;

/** The codes plan events use for a sub-goal's status, its readings' trend and life area (the themes of VUM 2.0). */
public final class PlanCodes {

    public static final String OPEN = "open";
    public static final String ADJUSTED = "adjusted";
    public static final String ACHIEVED = "achieved";
    public static final String DROPPED = "dropped";

    public static final List<String> STATUSES = List.of(OPEN, ADJUSTED, ACHIEVED, DROPPED);

    /** A sub-goal's reading at a follow-up, against the reading before it (or the sub-goal's baseline). */
    public static final String IMPROVED = "improved";
    public static final String UNCHANGED = "unchanged";
    public static final String WORSENED = "worsened";
    /** The first reading of a sub-goal without a baseline: nothing to compare with. */
    public static final String FIRST = "first";

    public static final List<String> TRENDS = List.of(IMPROVED, UNCHANGED, WORSENED, FIRST);

    /** VUM 2.0's themes (temaer), as codes. */
    public static final List<String> LIFE_AREAS = List.of("practical-tasks", "self-care", "communication",
            "mobility", "community-life", "social-life", "health", "surroundings");

    private PlanCodes() {
    }
}
