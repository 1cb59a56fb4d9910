package dk.tvaers.plan.trigger.command;

import dk.tvaers.plan.trigger.api.PlanNeededEvent;
import dk.tvaers.plan.trigger.api.RecordCaseClosedCommand;
import dk.tvaers.plan.trigger.api.RecordCaseOpenedCommand;
import dk.tvaers.plan.trigger.api.SectorCaseClosedEvent;
import dk.tvaers.plan.trigger.api.SectorCaseOpenedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * plan-service's own record of which sectors have an open case for a citizen, kept from case-service's
 * events. When a second sector opens a case, the citizen needs a coordinated plan: this says so once.
 */
@Aggregate
public class CaseInvolvement {

    static final int SECTORS_THAT_NEED_A_PLAN = 2;

    private record OpenCase(String sector, String organisation, LocalDate openedOn) {
    }

    @AggregateIdentifier
    private UUID citizenId;
    private final Map<UUID, OpenCase> openCases = new LinkedHashMap<>();
    private final Set<UUID> closedCases = new HashSet<>();
    private boolean planNeeded;

    protected CaseInvolvement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCaseOpenedCommand command) {
        if (openCases.containsKey(command.caseId()) || closedCases.contains(command.caseId())) {
            return;
        }
        apply(new SectorCaseOpenedEvent(command.citizenId(), command.organisation(), command.caseId(),
                command.sector(), command.openedOn()));
        List<String> sectors = openSectors();
        if (!planNeeded && sectors.size() >= SECTORS_THAT_NEED_A_PLAN) {
            OpenCase longestOpen = openCases.values().stream()
                    .min(Comparator.comparing(OpenCase::openedOn)).orElseThrow();
            apply(new PlanNeededEvent(command.citizenId(), longestOpen.organisation(), sectors));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCaseClosedCommand command) {
        OpenCase open = openCases.get(command.caseId());
        if (open == null) {
            return;
        }
        apply(new SectorCaseClosedEvent(command.citizenId(), command.caseId(), open.sector(), command.closedOn()));
    }

    private List<String> openSectors() {
        return openCases.values().stream().map(OpenCase::sector).distinct().sorted().toList();
    }

    @EventSourcingHandler
    void on(SectorCaseOpenedEvent event) {
        citizenId = event.citizenId();
        openCases.put(event.caseId(), new OpenCase(event.sector(), event.organisation(), event.openedOn()));
    }

    @EventSourcingHandler
    void on(SectorCaseClosedEvent event) {
        openCases.remove(event.caseId());
        closedCases.add(event.caseId());
    }

    @EventSourcingHandler
    void on(PlanNeededEvent event) {
        planNeeded = true;
    }
}
