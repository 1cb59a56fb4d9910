package dk.tvaers.cases.grant.command;

import dk.tvaers.cases.grant.api.GrantRejectedEvent;
import dk.tvaers.cases.grant.api.ReleaseFrameDrawCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** A rejected grant gives its hours back to the frame it drew from. Never replayed; idempotent anyway. */
@Component
@ProcessingGroup("frame-grant-policy")
@DisallowReplay
class FrameGrantPolicy {

    private final CommandGateway commands;

    FrameGrantPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(GrantRejectedEvent event) {
        if (event.frameGrantId() != null) {
            commands.sendAndWait(new ReleaseFrameDrawCommand(event.frameGrantId(), event.grantId()));
        }
    }
}
