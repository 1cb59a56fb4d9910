package dk.tvaers.plan.trigger.integration;

import dk.tvaers.plan.followup.api.FollowUpRules;
import dk.tvaers.plan.plan.api.CreatePlanCommand;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.trigger.api.PlanNeededEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Creates the plan a citizen needs once a second sector is involved. The plan's id is derived from the
 * citizen's, so this can never make a second plan: an existing plan is left as it is, and if a caseworker
 * creates the plan at the very same moment on another instance, the event store refuses the second stream,
 * this processor retries, and then finds the plan there. Never replayed: it acts, it does not project.
 */
@Component
@ProcessingGroup(PlanTrigger.GROUP)
@DisallowReplay
class PlanTrigger {

    static final String GROUP = "plan-trigger";

    private final CommandGateway commands;

    PlanTrigger(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(PlanNeededEvent event) {
        commands.sendAndWait(new CreatePlanCommand(PlanIds.planIdOf(event.citizenId()), event.citizenId(),
                event.organisation(), CreatePlanCommand.SYSTEM, null, true, null,
                FollowUpRules.DEFAULT_FREQUENCY_MONTHS));
    }
}
