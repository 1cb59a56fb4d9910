package dk.tvaers.cases.grant.command;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.cases.grant.api.ApproveGrantCommand;
import dk.tvaers.cases.grant.api.GrantApprovedEvent;
import dk.tvaers.cases.grant.api.GrantEndedEvent;
import dk.tvaers.cases.grant.api.GrantProposedEvent;
import dk.tvaers.cases.grant.api.GrantRejectedEvent;
import dk.tvaers.cases.grant.api.GrantRevisitationDueEvent;
import dk.tvaers.cases.grant.api.GrantRevisitedEvent;
import dk.tvaers.cases.grant.api.GrantStatus;
import dk.tvaers.cases.grant.api.GrantTerms;
import dk.tvaers.cases.grant.api.ProposeGrantCommand;
import dk.tvaers.cases.grant.api.RejectGrantCommand;
import dk.tvaers.cases.grant.api.RevisitGrantCommand;
import dk.tvaers.cases.grant.api.RevisitationDecision;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ApplyMore;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A grant (bevilling): a decision in a case that gives the citizen an offer for a number of hours a week
 * for a period. A caseworker decides alone within the team's authority; above it, or for an external
 * placement, a visitation meeting approves or rejects (a team leader who proposed it cannot approve it:
 * four eyes). An approved grant ends by itself at the end of its period (an Axon deadline, stored by
 * db-scheduler). A grant under 3 hours a week under Serviceloven §85 is revisited every
 * {@link #REVISITATION_INTERVAL}.
 */
@Aggregate
public class Grant {

    static final String ENDS = "grant-ends";
    static final String REVISITATION_DUE = "grant-revisitation-due";
    public static final ZoneId ZONE = DanishTime.ZONE;
    public static final BigDecimal MAX_HOURS_PER_WEEK = new BigDecimal("40");
    public static final BigDecimal REVISITATION_BELOW_HOURS = new BigDecimal("3");
    public static final Period REVISITATION_INTERVAL = Period.ofMonths(3);

    /** Deadline payloads. */
    record PeriodEnds(UUID grantId, LocalDate lastDay) {
    }

    record RevisitationDue(UUID grantId, LocalDate dueOn) {
    }

    @AggregateIdentifier
    private UUID grantId;
    private UUID citizenId;
    private String organisation;
    private String sector;
    private GrantTerms terms;
    private UUID frameGrantId;
    private String proposedBy;
    private GrantStatus status;
    private LocalDate revisitationDueOn;
    private long version = -1;

    protected Grant() {
    }

    @CommandHandler
    public Grant(ProposeGrantCommand command, GrantCases cases, DeadlineManager deadlines) {
        GrantTerms terms = command.terms();
        requireTerms(terms, command.proposedOn());
        if (!cases.isOpenCase(command.caseId(), command.citizenId(), command.sector())) {
            throw new RuleViolationException("caseId", "grant.case-not-open",
                    "A grant is decided in the citizen's open case of the granting sector.");
        }
        boolean withinAuthority = withinAuthority(terms, command.externalPlacement(),
                command.authorityHoursPerWeek());
        ApplyMore proposed = apply(new GrantProposedEvent(command.grantId(), command.citizenId(), command.caseId(),
                command.organisation(), command.sector(), terms, command.externalPlacement(), command.frameGrantId(),
                !withinAuthority, command.proposedBy(), command.proposedOn()));
        if (withinAuthority) {
            // the aggregate's state is there once the constructor's first event is applied
            proposed.andThen(() -> approve(command.proposedBy(), true, command.proposedOn(), deadlines));
        }
    }

    /**
     * May the caseworker decide the grant alone? Only within their authority and not an external placement,
     * whether or not the hours come from a frame grant: a frame is a budget the team leader set aside, and
     * what a caseworker may grant from it is still bounded by their authority.
     */
    public static boolean withinAuthority(GrantTerms terms, boolean externalPlacement, BigDecimal authorityHours) {
        return !externalPlacement && authorityHours != null && terms.hoursPerWeek().compareTo(authorityHours) <= 0;
    }

    @CommandHandler
    void handle(ApproveGrantCommand command, DeadlineManager deadlines) {
        requireAwaitingVisitation(command.expectedVersion());
        if (command.approvedBy().equals(proposedBy)) {
            throw new RuleViolationException(null, "grant.own-proposal",
                    "A team leader cannot approve their own proposal; another team leader decides it.");
        }
        approve(command.approvedBy(), false, command.approvedOn(), deadlines);
    }

    @CommandHandler
    void handle(RejectGrantCommand command) {
        requireAwaitingVisitation(command.expectedVersion());
        if (command.reason() == null || command.reason().isBlank() || command.reason().length() > 2000) {
            throw new RuleViolationException("reason", "grant.rejection-reason-required",
                    "A rejection needs a reason for the caseworker and the citizen.");
        }
        apply(new GrantRejectedEvent(grantId, citizenId, organisation, sector, terms, frameGrantId,
                command.rejectedBy(), command.reason().strip(), command.rejectedOn()));
    }

    @CommandHandler
    void handle(RevisitGrantCommand command, DeadlineManager deadlines) {
        requireVersion(command.expectedVersion());
        if (status != GrantStatus.APPROVED || revisitationDueOn == null) {
            throw new RuleViolationException(null, "grant.revisitation-not-due",
                    "Only a grant in force that is due for revisitation can be revisited.");
        }
        if (command.decision() == null) {
            throw new RuleViolationException("decision", "grant.revisitation-decision-required",
                    "A revisitation decides to continue or to end the grant.");
        }
        if (command.decision() == RevisitationDecision.END) {
            apply(new GrantRevisitedEvent(grantId, citizenId, organisation, sector, command.decision(),
                    command.revisitedBy(), command.revisitedOn(), null));
            apply(new GrantEndedEvent(grantId, citizenId, organisation, sector, terms, command.revisitedOn(),
                    GrantEndedEvent.REVISITED));
        } else {
            LocalDate next = nextRevisitation(command.revisitedOn());
            apply(new GrantRevisitedEvent(grantId, citizenId, organisation, sector, command.decision(),
                    command.revisitedBy(), command.revisitedOn(), next));
            if (next != null) {
                deadlines.schedule(startOf(next), REVISITATION_DUE, new RevisitationDue(grantId, next));
            }
        }
    }

    @DeadlineHandler(deadlineName = ENDS)
    void periodEnds(PeriodEnds ends) {
        if (status == GrantStatus.APPROVED) {
            apply(new GrantEndedEvent(grantId, citizenId, organisation, sector, terms, ends.lastDay(),
                    GrantEndedEvent.PERIOD_ENDED));
        }
    }

    @DeadlineHandler(deadlineName = REVISITATION_DUE)
    void revisitationFallsDue(RevisitationDue due) {
        if (status == GrantStatus.APPROVED && revisitationDueOn == null) {
            apply(new GrantRevisitationDueEvent(grantId, citizenId, organisation, sector, due.dueOn()));
        }
    }

    private void approve(String approvedBy, boolean withinAuthority, LocalDate approvedOn, DeadlineManager deadlines) {
        apply(new GrantApprovedEvent(grantId, citizenId, organisation, sector, terms, approvedBy, withinAuthority,
                approvedOn));
        deadlines.schedule(startOf(terms.validUntil().plusDays(1)), ENDS, new PeriodEnds(grantId, terms.validUntil()));
        if (revisitable()) {
            LocalDate first = terms.validFrom().plus(REVISITATION_INTERVAL);
            if (first.isBefore(terms.validUntil())) {
                deadlines.schedule(startOf(first), REVISITATION_DUE, new RevisitationDue(grantId, first));
            }
        }
    }

    private boolean revisitable() {
        return terms.underSection85() && terms.hoursPerWeek().compareTo(REVISITATION_BELOW_HOURS) < 0;
    }

    private LocalDate nextRevisitation(LocalDate from) {
        LocalDate next = from.plus(REVISITATION_INTERVAL);
        return next.isBefore(terms.validUntil()) ? next : null;
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private void requireAwaitingVisitation(long expectedVersion) {
        requireVersion(expectedVersion);
        if (status != GrantStatus.AWAITING_VISITATION) {
            throw new RuleViolationException(null, "grant.not-awaiting-visitation",
                    "The grant is " + status + ", not waiting for a visitation meeting.");
        }
    }

    private void requireVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ConflictException("grant.stale", "The grant was changed since version " + expectedVersion
                    + "; it is now at version " + version + ".", version);
        }
    }

    static void requireTerms(GrantTerms terms, LocalDate today) {
        if (terms == null || terms.offerId() == null) {
            throw new RuleViolationException("offerId", "grant.offer-required", "A grant gives an offer.");
        }
        BigDecimal hours = terms.hoursPerWeek();
        if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS_PER_WEEK) > 0 || hours.scale() > 2) {
            throw new RuleViolationException("hoursPerWeek", "grant.hours-out-of-range",
                    "Hours a week are more than 0 and at most " + MAX_HOURS_PER_WEEK + ", in hundredths at most.");
        }
        if (terms.validFrom() == null || terms.validUntil() == null) {
            throw new RuleViolationException(terms.validFrom() == null ? "validFrom" : "validUntil",
                    "grant.period-required", "A grant has a period: its first and last day.");
        }
        if (terms.validUntil().isBefore(terms.validFrom())) {
            throw new RuleViolationException("validUntil", "grant.period-reversed",
                    "The last day cannot be before the first day.");
        }
        if (terms.validUntil().isBefore(today)) {
            throw new RuleViolationException("validUntil", "grant.period-over", "The period has already ended.");
        }
        if (terms.legalBasis() == null || terms.legalBasis().isBlank() || terms.legalBasis().length() > 200) {
            throw new RuleViolationException("legalBasis", "grant.legal-basis-required",
                    "A grant needs its legal basis, e.g. Serviceloven §85.");
        }
    }

    @EventSourcingHandler
    void on(GrantProposedEvent event) {
        this.grantId = event.grantId();
        this.citizenId = event.citizenId();
        this.organisation = event.organisation();
        this.sector = event.sector();
        this.terms = event.terms();
        this.frameGrantId = event.frameGrantId();
        this.proposedBy = event.proposedBy();
        this.status = GrantStatus.AWAITING_VISITATION;
        this.version++;
    }

    @EventSourcingHandler
    void on(GrantApprovedEvent event) {
        this.status = GrantStatus.APPROVED;
        this.version++;
    }

    @EventSourcingHandler
    void on(GrantRejectedEvent event) {
        this.status = GrantStatus.REJECTED;
        this.version++;
    }

    @EventSourcingHandler
    void on(GrantRevisitationDueEvent event) {
        this.revisitationDueOn = event.dueOn();
        this.version++;
    }

    @EventSourcingHandler
    void on(GrantRevisitedEvent event) {
        this.revisitationDueOn = null;
        this.version++;
    }

    @EventSourcingHandler
    void on(GrantEndedEvent event) {
        this.status = GrantStatus.ENDED;
        this.version++;
    }
}
