package dk.tvaers.cases.caseload.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.tvaers.cases.caseload.api.AddCaseToCaseloadCommand;
import dk.tvaers.cases.caseload.api.ApplyRecommendedCaseloadCommand;
import dk.tvaers.cases.caseload.api.AssignCaseworkerToTeamCommand;
import dk.tvaers.cases.caseload.api.CaseAddedToCaseloadEvent;
import dk.tvaers.cases.caseload.api.CaseRemovedFromCaseloadEvent;
import dk.tvaers.cases.caseload.api.CaseloadChangedEvent;
import dk.tvaers.cases.caseload.api.CaseloadExceededEvent;
import dk.tvaers.cases.caseload.api.CaseloadWithinRecommendationEvent;
import dk.tvaers.cases.caseload.api.CaseworkerJoinedTeamEvent;
import dk.tvaers.cases.caseload.api.RecommendedCaseloadChangedEvent;
import dk.tvaers.cases.caseload.api.RemoveCaseFromCaseloadCommand;
import dk.tvaers.platform.axon.AxonPlatformAutoConfiguration;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A caseworker (the token's subject) as far as caseloads go: the team and the open cases they are
 * responsible for. Every change raises {@link CaseloadChangedEvent} with the caseload and recommendation now;
 * going above the team's recommended caseload raises {@link CaseloadExceededEvent} once; coming back to it
 * raises {@link CaseloadWithinRecommendationEvent}.
 * <p>
 * A caseworker gathers two events per case for as long as they work here, so the state is snapshotted
 * (fields only; no personal data: case ids are pseudonymous) and loading reads at most a few dozen events; and
 * since every case is a command here, a caseworker once loaded stays in memory ({@link CaseworkerCacheConfiguration}).
 */
@Aggregate(snapshotTriggerDefinition = AxonPlatformAutoConfiguration.SNAPSHOT_TRIGGER,
        cache = CaseworkerCacheConfiguration.CACHE)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Caseworker {

    @AggregateIdentifier
    private String caseworkerId;
    private String organisation;
    private String teamId;
    private Integer recommendedCaseload;
    private Set<UUID> openCases = new HashSet<>();
    private boolean exceeded;

    protected Caseworker() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AssignCaseworkerToTeamCommand command) {
        if (command.recommendedCaseload() < 1) {
            throw new RuleViolationException("recommendedCaseload", "caseload.recommended-caseload-out-of-range",
                    "A recommended caseload is at least 1.");
        }
        if (command.teamId().equals(teamId) || (command.seed() && teamId != null)) {
            return;
        }
        apply(new CaseworkerJoinedTeamEvent(command.caseworkerId(), command.organisation(), command.teamId(),
                command.recommendedCaseload()));
        compareWithRecommendation();
    }

    @CommandHandler
    void handle(ApplyRecommendedCaseloadCommand command) {
        if (!command.teamId().equals(teamId) || command.recommendedCaseload() == recommendedCaseload) {
            return;
        }
        apply(new RecommendedCaseloadChangedEvent(caseworkerId, teamId, command.recommendedCaseload()));
        compareWithRecommendation();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddCaseToCaseloadCommand command) {
        if (openCases.contains(command.caseId())) {
            return;
        }
        apply(new CaseAddedToCaseloadEvent(command.caseworkerId(), command.caseId(),
                organisation != null ? organisation : command.organisation(), openCases.size() + 1));
        compareWithRecommendation();
    }

    @CommandHandler
    void handle(RemoveCaseFromCaseloadCommand command) {
        if (!openCases.contains(command.caseId())) {
            return;
        }
        apply(new CaseRemovedFromCaseloadEvent(caseworkerId, command.caseId(), openCases.size() - 1));
        compareWithRecommendation();
    }

    private void compareWithRecommendation() {
        apply(new CaseloadChangedEvent(caseworkerId, organisation, teamId, openCases.size(), recommendedCaseload));
        boolean above = recommendedCaseload != null && openCases.size() > recommendedCaseload;
        if (above && !exceeded) {
            apply(new CaseloadExceededEvent(caseworkerId, organisation, teamId, openCases.size(), recommendedCaseload));
        } else if (!above && exceeded) {
            apply(new CaseloadWithinRecommendationEvent(caseworkerId, teamId, openCases.size(), recommendedCaseload));
        }
    }

    @EventSourcingHandler
    void on(CaseworkerJoinedTeamEvent event) {
        this.caseworkerId = event.caseworkerId();
        this.organisation = event.organisation();
        this.teamId = event.teamId();
        this.recommendedCaseload = event.recommendedCaseload();
    }

    @EventSourcingHandler
    void on(RecommendedCaseloadChangedEvent event) {
        this.recommendedCaseload = event.recommendedCaseload();
    }

    @EventSourcingHandler
    void on(CaseAddedToCaseloadEvent event) {
        this.caseworkerId = event.caseworkerId();
        if (this.organisation == null) {
            this.organisation = event.organisation();
        }
        this.openCases.add(event.caseId());
    }

    @EventSourcingHandler
    void on(CaseRemovedFromCaseloadEvent event) {
        this.openCases.remove(event.caseId());
    }

    @EventSourcingHandler
    void on(CaseloadExceededEvent event) {
        this.exceeded = true;
    }

    @EventSourcingHandler
    void on(CaseloadWithinRecommendationEvent event) {
        this.exceeded = false;
    }
}
