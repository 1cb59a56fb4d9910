package dk.tvaers.plan.plan.web;

import dk.tvaers.platform.domain.ConflictException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

/**
 * Sends the web layer's commands. Within one instance Axon serialises commands on one plan; across instances
 * two commands on one plan can still meet in the event store, and then the one that lost is simply run
 * again on the new state: the sub-goal versions, not the plan's, decide whether a change is stale. A plan
 * created twice at once is answered as the conflict it is.
 */
@Component
class PlanCommands {

    private static final int ATTEMPTS = 3;

    private final CommandGateway commands;

    PlanCommands(CommandGateway commands) {
        this.commands = commands;
    }

    <R> R send(Object command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return commands.sendAndWait(command);
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            } catch (AggregateStreamCreationException e) {
                throw new ConflictException("plan.already-exists", "The citizen already has a plan.");
            }
        }
    }
}
