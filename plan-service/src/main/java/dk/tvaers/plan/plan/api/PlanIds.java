package dk.tvaers.plan.plan.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A citizen has exactly one plan, so the plan's id is a function of the citizen's id: two requests to create
 * "the" plan for one citizen, wherever they come from, name the same aggregate, and the event store lets only
 * one of them begin its stream.
 */
public final class PlanIds {

    private static final String NAMESPACE = "tvaers:plan:";

    private PlanIds() {
    }

    public static UUID planIdOf(UUID citizenId) {
        return UUID.nameUUIDFromBytes((NAMESPACE + citizenId).getBytes(StandardCharsets.UTF_8));
    }
}
