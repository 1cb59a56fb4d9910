package dk.tvaers.cases.caseload.command;

import dk.tvaers.cases.caseload.api.AddCaseToCaseloadCommand;
import dk.tvaers.cases.caseload.api.ApplyRecommendedCaseloadCommand;
import dk.tvaers.cases.caseload.api.RemoveCaseFromCaseloadCommand;
import dk.tvaers.cases.caseload.api.TeamSettingsChangedEvent;
import dk.tvaers.cases.sectorcase.api.CaseClosedEvent;
import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.CaseTransferredEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps each caseworker's caseload in step with the cases they are responsible for, and the team's
 * recommended caseload in step with the team. Commands only: the {@link Caseworker} decides. Never
 * replayed; the commands are idempotent anyway.
 */
@Component
@ProcessingGroup("caseload-policy")
@DisallowReplay
class CaseloadPolicy {

    private final CommandGateway commands;
    private final JdbcClient jdbc;

    CaseloadPolicy(CommandGateway commands, JdbcClient jdbc) {
        this.commands = commands;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpenedEvent event) {
        commands.sendAndWait(new AddCaseToCaseloadCommand(event.caseworkerId(), event.caseId(), event.organisation()));
    }

    @EventHandler
    void on(CaseTransferredEvent event) {
        remove(event.fromCaseworkerId(), event.caseId());
        commands.sendAndWait(new AddCaseToCaseloadCommand(event.toCaseworkerId(), event.caseId(),
                event.organisation()));
    }

    @EventHandler
    void on(CaseClosedEvent event) {
        remove(event.caseworkerId(), event.caseId());
    }

    /** A case counts from its opening on; one opened before caseloads were kept has nothing to remove. */
    private void remove(String caseworkerId, UUID caseId) {
        try {
            commands.sendAndWait(new RemoveCaseFromCaseloadCommand(caseworkerId, caseId));
        } catch (AggregateNotFoundException e) {
            // no caseload yet for this caseworker: nothing to remove
        }
    }

    @EventHandler
    void on(TeamSettingsChangedEvent event) {
        jdbc.sql("SELECT caseworker_id FROM caseworker_caseload WHERE team_id = ?").param(event.teamId())
                .query(String.class).list()
                .forEach(member -> commands.sendAndWait(new ApplyRecommendedCaseloadCommand(member, event.teamId(),
                        event.recommendedCaseload())));
    }
}
