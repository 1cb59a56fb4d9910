package dk.tvaers.contracts.plan.v1;

import java.util.List;

/** The codes plan events use for a sub-goal's status and life area (the themes of VUM 2.0). */
public final class PlanCodes {

    public static final String OPEN = "open";
    public static final String ADJUSTED = "adjusted";
    public static final String ACHIEVED = "achieved";
    public static final String DROPPED = "dropped";

    public static final List<String> STATUSES = List.of(OPEN, ADJUSTED, ACHIEVED, DROPPED);

    /** VUM 2.0's themes (temaer), as codes. */
    public static final List<String> LIFE_AREAS = List.of("practical-tasks", "self-care", "communication",
            "mobility", "community-life", "social-life", "health", "surroundings");

    private PlanCodes() {
    }
}
