package dk.tvaers.cases.sectorcase.command;

import dk.tvaers.cases.sectorcase.api.CaseClosedEvent;
import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.CaseTransferredEvent;
import dk.tvaers.cases.sectorcase.api.CloseCaseCommand;
import dk.tvaers.cases.sectorcase.api.OpenCaseCommand;
import dk.tvaers.cases.sectorcase.api.TransferCaseCommand;
import dk.tvaers.contracts.Sectors;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One sector's case (sag) for one citizen, with a legal basis and one responsible caseworker. At most
 * one case per citizen per sector is open at a time.
 */
@Aggregate
public class SectorCase {

    static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,128}");
    static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private UUID caseId;
    private UUID citizenId;
    private String organisation;
    private String sector;
    private String caseworkerId;
    private LocalDate openedOn;
    private boolean open;
    private long version = -1;

    protected SectorCase() {
    }

    @CommandHandler
    public SectorCase(OpenCaseCommand command, CaseRegister register) {
        if (!Sectors.isValidCode(command.sector())) {
            throw new RuleViolationException("sector", "case.sector-invalid", "Not a sector code.");
        }
        requireText(command.legalBasis(), "legalBasis", "case.legal-basis-required",
                "A case needs its legal basis, e.g. Serviceloven §85.");
        requireCaseworker(command.caseworkerId(), "caseworkerId");
        if (command.openedOn() == null) {
            throw new RuleViolationException("openedOn", "case.opened-on-required", "The opening date is required.");
        }
        if (!register.isKnownCitizen(command.citizenId())) {
            throw new RuleViolationException("citizenId", "case.citizen-unknown",
                    "The citizen is not registered; register the citizen first.");
        }
        if (!register.claimOpenCase(command.citizenId(), command.sector(), command.caseId())) {
            throw new ConflictException("case.already-open-in-sector",
                    "The citizen already has an open case in " + command.sector() + ".");
        }
        apply(new CaseOpenedEvent(command.caseId(), command.citizenId(), command.organisation(), command.sector(),
                command.legalBasis().strip(), command.caseworkerId(), command.openedOn()));
    }

    @CommandHandler
    void handle(TransferCaseCommand command) {
        requireOpenAt(command.expectedVersion());
        requireCaseworker(command.toCaseworkerId(), "toCaseworkerId");
        if (command.toCaseworkerId().equals(caseworkerId)) {
            throw new RuleViolationException("toCaseworkerId", "case.same-caseworker",
                    "The case already has this responsible caseworker.");
        }
        requireText(command.reason(), "reason", "case.transfer-reason-required", "A transfer needs a reason.");
        requireNotBeforeOpening(command.transferredOn(), "transferredOn");
        apply(new CaseTransferredEvent(caseId, citizenId, organisation, sector, caseworkerId, command.toCaseworkerId(),
                command.reason().strip(), command.transferredOn()));
    }

    @CommandHandler
    void handle(CloseCaseCommand command, CaseRegister register) {
        requireOpenAt(command.expectedVersion());
        requireText(command.reason(), "reason", "case.close-reason-required", "Closing a case needs a reason.");
        requireNotBeforeOpening(command.closedOn(), "closedOn");
        register.releaseOpenCase(caseId);
        apply(new CaseClosedEvent(caseId, citizenId, organisation, sector, caseworkerId, command.reason().strip(),
                command.closedOn()));
    }

    private void requireOpenAt(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConflictException("case.stale", "The case was changed since version " + expectedVersion
                    + "; it is now at version " + version + ". Read it again.", version);
        }
        if (!open) {
            throw new RuleViolationException(null, "case.closed", "The case is closed.");
        }
    }

    private void requireNotBeforeOpening(LocalDate date, String field) {
        if (date == null || date.isBefore(openedOn)) {
            throw new RuleViolationException(field, "case.date-before-opening",
                    "The date is required and cannot be before the case was opened (" + openedOn + ").");
        }
    }

    private static void requireCaseworker(String caseworkerId, String field) {
        if (caseworkerId == null || !USER_ID.matcher(caseworkerId).matches()) {
            throw new RuleViolationException(field, "case.caseworker-required",
                    "A case needs a responsible caseworker (a user id).");
        }
    }

    private static void requireText(String text, String field, String rule, String message) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new RuleViolationException(field, rule, message + " (at most " + MAX_TEXT + " characters)");
        }
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        this.caseId = event.caseId();
        this.citizenId = event.citizenId();
        this.organisation = event.organisation();
        this.sector = event.sector();
        this.caseworkerId = event.caseworkerId();
        this.openedOn = event.openedOn();
        this.open = true;
        this.version++;
    }

    @EventSourcingHandler
    void on(CaseTransferredEvent event) {
        this.caseworkerId = event.toCaseworkerId();
        this.version++;
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        this.open = false;
        this.version++;
    }
}
