package dk.tvaers.cases.grant.command;

import dk.tvaers.cases.grant.api.DrawFromFrameCommand;
import dk.tvaers.cases.grant.api.FrameGrantDrawReleasedEvent;
import dk.tvaers.cases.grant.api.FrameGrantDrawnEvent;
import dk.tvaers.cases.grant.api.FrameGrantGrantedEvent;
import dk.tvaers.cases.grant.api.GrantFrameCommand;
import dk.tvaers.cases.grant.api.ReleaseFrameDrawCommand;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A frame grant (rammebevilling): a budget of support hours for one citizen over a period that later
 * grants of the same organisation and sector draw from. It is never overdrawn: every draw is decided here, one at a time (the event store's
 * sequence numbers refuse a second decision made on the same state).
 */
@Aggregate
public class FrameGrant {

    static final BigDecimal MAX_BUDGET_HOURS = new BigDecimal("100000");

    @AggregateIdentifier
    private UUID frameGrantId;
    private UUID citizenId;
    private String organisation;
    private String sector;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private BigDecimal remaining;
    private final Map<UUID, BigDecimal> draws = new HashMap<>();

    protected FrameGrant() {
    }

    @CommandHandler
    public FrameGrant(GrantFrameCommand command, GrantCases cases) {
        BigDecimal budget = command.budgetHours();
        if (budget == null || budget.signum() <= 0 || budget.compareTo(MAX_BUDGET_HOURS) > 0 || budget.scale() > 2) {
            throw new RuleViolationException("budgetHours", "frame.budget-out-of-range",
                    "A frame's budget is more than 0 and at most " + MAX_BUDGET_HOURS + " hours.");
        }
        if (command.validFrom() == null || command.validUntil() == null
                || command.validUntil().isBefore(command.validFrom())) {
            throw new RuleViolationException("validUntil", "frame.period-invalid",
                    "A frame has a period whose last day is not before its first.");
        }
        if (command.validUntil().isBefore(command.grantedOn())) {
            throw new RuleViolationException("validUntil", "frame.period-over", "The period has already ended.");
        }
        if (command.legalBasis() == null || command.legalBasis().isBlank() || command.legalBasis().length() > 200) {
            throw new RuleViolationException("legalBasis", "frame.legal-basis-required", "A frame needs its legal basis.");
        }
        if (!cases.isOpenCase(command.caseId(), command.citizenId(), command.sector())) {
            throw new RuleViolationException("caseId", "frame.case-not-open",
                    "A frame is granted in the citizen's open case of the granting sector.");
        }
        apply(new FrameGrantGrantedEvent(command.frameGrantId(), command.citizenId(), command.caseId(),
                command.organisation(), command.sector(), budget, command.validFrom(), command.validUntil(),
                command.legalBasis().strip(), command.grantedBy(), command.grantedOn()));
    }

    @CommandHandler
    void handle(DrawFromFrameCommand command) {
        if (draws.containsKey(command.grantId())) {
            return;
        }
        if (!citizenId.equals(command.citizenId())) {
            throw new RuleViolationException("frameGrantId", "frame.other-citizen",
                    "The frame grant is another citizen's.");
        }
        if (!organisation.equals(command.organisation())) {
            throw new RuleViolationException("frameGrantId", "frame.other-organisation",
                    "The frame grant is another organisation's; only " + organisation + " grants from it.");
        }
        if (!sector.equals(command.sector())) {
            throw new RuleViolationException("frameGrantId", "frame.other-sector",
                    "The frame grant is another sector's; only " + sector + " grants from it.");
        }
        if (command.validFrom().isBefore(validFrom) || command.validUntil().isAfter(validUntil)) {
            throw new RuleViolationException("validUntil", "frame.outside-period",
                    "A grant from the frame lies within the frame's period, " + validFrom + " to " + validUntil + ".");
        }
        if (command.hours().compareTo(remaining) > 0) {
            throw new RuleViolationException("hoursPerWeek", "frame.budget-exceeded",
                    "The grant needs " + command.hours() + " hours; the frame has " + remaining + " left.");
        }
        apply(new FrameGrantDrawnEvent(frameGrantId, command.grantId(), citizenId, command.hours(),
                remaining.subtract(command.hours())));
    }

    @CommandHandler
    void handle(ReleaseFrameDrawCommand command) {
        BigDecimal hours = draws.get(command.grantId());
        if (hours == null) {
            return;
        }
        apply(new FrameGrantDrawReleasedEvent(frameGrantId, command.grantId(), citizenId, hours, remaining.add(hours)));
    }

    @EventSourcingHandler
    void on(FrameGrantGrantedEvent event) {
        this.frameGrantId = event.frameGrantId();
        this.citizenId = event.citizenId();
        this.organisation = event.organisation();
        this.sector = event.sector();
        this.validFrom = event.validFrom();
        this.validUntil = event.validUntil();
        this.remaining = event.budgetHours();
    }

    @EventSourcingHandler
    void on(FrameGrantDrawnEvent event) {
        this.draws.put(event.grantId(), event.hours());
        this.remaining = event.remainingHours();
    }

    @EventSourcingHandler
    void on(FrameGrantDrawReleasedEvent event) {
        this.draws.remove(event.grantId());
        this.remaining = event.remainingHours();
    }
}
