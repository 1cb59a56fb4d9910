package dk.tvaers.plan.plan.api;

import java.util.UUID;

/** Every domain event of a plan: it names the plan, its citizen and organisation. */
public interface PlanEvent {

    UUID planId();

    UUID citizenId();

    String organisation();
}
