package dk.tvaers.cases.grant.command;

import dk.tvaers.cases.grant.api.DrawFromFrameCommand;
import dk.tvaers.cases.grant.api.ProposeGrantCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes a grant, drawing its hours from a frame grant first if it names one. Both commands run in one
 * database transaction, so a grant never exists without its draw and a draw never without its grant.
 * <p>
 * Draws on one frame queue behind a transaction-scoped advisory lock, so each decides on the frame as
 * the previous draw left it: concurrent grants get the budget or a clear "not enough left", and none
 * overdraws it. Should two decisions on the same frame state ever meet anyway (another instance without
 * the lock), the event store's unique sequence number lets only one of them commit.
 */
@Service
public class GrantProposals {

    private final CommandGateway commands;
    private final JdbcClient jdbc;

    GrantProposals(CommandGateway commands, JdbcClient jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @Transactional
    public void propose(ProposeGrantCommand command) {
        if (command.frameGrantId() != null) {
            Grant.requireTerms(command.terms(), command.proposedOn());
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                    .param("frame-grant:" + command.frameGrantId()).query().singleRow();
            commands.sendAndWait(new DrawFromFrameCommand(command.frameGrantId(), command.grantId(),
                    command.citizenId(), command.organisation(), command.sector(), command.terms().totalHours(),
                    command.terms().validFrom(), command.terms().validUntil()));
        }
        commands.sendAndWait(command);
    }
}
