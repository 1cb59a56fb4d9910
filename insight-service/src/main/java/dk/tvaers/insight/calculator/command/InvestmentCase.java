package dk.tvaers.insight.calculator.command;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.calculator.api.AssumptionsChangedEvent;
import dk.tvaers.insight.calculator.api.ChangeAssumptionsCommand;
import dk.tvaers.insight.calculator.api.CreateInvestmentCaseCommand;
import dk.tvaers.insight.calculator.api.InvestmentCaseCreatedEvent;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An investment case (investeringscase) of the calculator: its assumptions, kept visible and versioned. Every
 * change is a new version with who made it and why; a change based on an old version is refused, so two
 * people editing at once cannot overwrite each other unseen.
 */
@Aggregate
public class InvestmentCase {

    @AggregateIdentifier
    private UUID caseId;
    private String organisation;
    private Assumptions assumptions;
    private long version;

    protected InvestmentCase() {
    }

    @CommandHandler
    public InvestmentCase(CreateInvestmentCaseCommand command) {
        check(command.assumptions());
        apply(new InvestmentCaseCreatedEvent(command.caseId(), command.organisation(), command.assumptions(),
                command.by()));
    }

    /** @return the version the assumptions now have */
    @CommandHandler
    long handle(ChangeAssumptionsCommand command) {
        if (!organisation.equals(command.organisation())) {
            throw new NotFoundException("Investment case", caseId);
        }
        if (command.expectedVersion() != version) {
            throw new ConflictException("calculator.stale-version", "The assumptions were changed since version "
                    + command.expectedVersion() + "; the current version is " + version + ".", version);
        }
        check(command.assumptions());
        if (command.assumptions().equals(assumptions)) {
            return version;
        }
        apply(new AssumptionsChangedEvent(caseId, organisation, version + 1, command.assumptions(),
                command.note() == null || command.note().isBlank() ? null : command.note(), command.by()));
        return version;
    }

    /** The rules across fields; each field's own range is checked at the door. */
    private static void check(Assumptions assumptions) {
        if (assumptions.yearsInTemporaryHousingBefore() != null
                && assumptions.yearsInTemporaryHousingAfter().compareTo(assumptions.yearsInTemporaryHousingBefore()) > 0) {
            throw new RuleViolationException("yearsInTemporaryHousingAfter", "calculator.longer-stays-after",
                    "The expected stay cannot be longer than the stay now: an investment that lengthens stays "
                            + "saves nothing on them.");
        }
        if (assumptions.rampUpYears() > assumptions.horizonYears()) {
            throw new RuleViolationException("rampUpYears", "calculator.ramp-up-beyond-horizon",
                    "The effects must reach full force within the years projected.");
        }
    }

    @EventSourcingHandler
    void on(InvestmentCaseCreatedEvent event) {
        caseId = event.caseId();
        organisation = event.organisation();
        assumptions = event.assumptions();
        version = 1;
    }

    @EventSourcingHandler
    void on(AssumptionsChangedEvent event) {
        assumptions = event.assumptions();
        version = event.version();
    }
}
