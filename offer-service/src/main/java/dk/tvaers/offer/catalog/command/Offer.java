package dk.tvaers.offer.catalog.command;

import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.ChangeOfferCommand;
import dk.tvaers.offer.catalog.api.DoubleBilledItem;
import dk.tvaers.offer.catalog.api.OfferChange;
import dk.tvaers.offer.catalog.api.OfferChangedEvent;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferKind;
import dk.tvaers.offer.catalog.api.OfferPublishedEvent;
import dk.tvaers.offer.catalog.api.OfferRetiredEvent;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.PublishOfferCommand;
import dk.tvaers.offer.catalog.api.RetireOfferCommand;
import dk.tvaers.offer.catalog.api.SetOfferPricesCommand;
import dk.tvaers.offer.enrolment.api.CitizenEnrolledEvent;
import dk.tvaers.offer.enrolment.api.CitizenWaitlistedEvent;
import dk.tvaers.offer.enrolment.api.EndEnrolmentCommand;
import dk.tvaers.offer.enrolment.api.EnrolCitizenCommand;
import dk.tvaers.offer.enrolment.api.EnrolmentEndedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentOutcome;
import dk.tvaers.offer.enrolment.api.EnrolmentResult;
import dk.tvaers.offer.enrolment.api.EnrolmentStartedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentStatus;
import dk.tvaers.offer.enrolment.api.PunchCardVisitUsedEvent;
import dk.tvaers.offer.enrolment.api.RecordPunchCardVisitCommand;
import dk.tvaers.offer.enrolment.api.SeatsExhaustedEvent;
import dk.tvaers.offer.enrolment.api.StartEnrolmentCommand;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One offer in the catalog (tilbud i tilbudsviften): its versioned details and prices, and the citizens
 * on it. Seats and the waiting list live here, in one aggregate per offer, so that every enrolment on an
 * offer is decided against all the others: Axon handles one command at a time per aggregate, and the
 * event store refuses a second append at the same sequence number, so capacity is never exceeded.
 */
@Aggregate
public class Offer {

    @AggregateIdentifier
    private UUID offerId;
    private String organisation;
    private int version;
    private OfferDetails details;
    private PriceList prices;
    private boolean retired;
    private final Roster roster = new Roster();

    protected Offer() {
    }

    // --- the catalog -------------------------------------------------------------------------------

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    UUID handle(PublishOfferCommand command) {
        if (offerId != null) {
            return offerId; // the same request again
        }
        OfferRules.check(command.details());
        if (command.prices() != null) {
            OfferRules.check(command.prices());
        }
        apply(new OfferPublishedEvent(command.offerId(), command.organisation(), 1, command.details(),
                command.prices(), doubleBilledItems(command.prices()), command.publishedBy()));
        return command.offerId();
    }

    @CommandHandler
    int handle(ChangeOfferCommand command) {
        requireNotRetired();
        requireVersion(command.expectedVersion());
        OfferDetails next = command.details();
        OfferRules.check(next);
        if (next.kind() != details.kind()) {
            throw new RuleViolationException("kind", "offer.kind-is-fixed",
                    "An offer keeps its kind; retire it and publish a new one.");
        }
        if (next.capacity() != null && next.capacity() < roster.seatsTaken()) {
            throw new RuleViolationException("capacity", "offer.capacity-below-seats-taken",
                    "The offer has " + roster.seatsTaken() + " citizens with a seat; it cannot have fewer seats.");
        }
        if (next.equals(details)) {
            return version;
        }
        boolean wasFull = isFull();
        apply(new OfferChangedEvent(offerId, organisation, version + 1, OfferChange.DETAILS, next, prices,
                doubleBilledItems(prices), command.changedBy()));
        admitFromWaitlist(command.changedOn(), command.changedBy());
        announceIfNowFull(wasFull);
        return version;
    }

    @CommandHandler
    int handle(SetOfferPricesCommand command) {
        requireNotRetired();
        requireVersion(command.expectedVersion());
        OfferRules.check(command.prices());
        if (command.prices().equals(prices)) {
            return version;
        }
        apply(new OfferChangedEvent(offerId, organisation, version + 1, OfferChange.PRICES, details,
                command.prices(), command.prices().doubleBilledItems(), command.setBy()));
        return version;
    }

    @CommandHandler
    void handle(RetireOfferCommand command) {
        if (retired) {
            throw new ConflictException("offer.already-retired", "The offer is already retired.", (long) version);
        }
        apply(new OfferRetiredEvent(offerId, organisation, version + 1, details.provider().organisation(),
                command.retiredOn(), command.reason(), command.retiredBy()));
        for (Roster.Entry waiting : roster.waitlisted()) {
            apply(ended(waiting, command.retiredOn(), EnrolmentOutcome.OFFER_RETIRED, command.retiredBy()));
        }
    }

    // --- enrolment ---------------------------------------------------------------------------------

    @CommandHandler
    EnrolmentResult handle(EnrolCitizenCommand command) {
        var earlier = roster.find(command.enrolmentId());
        if (earlier.isPresent()) {
            if (!earlier.get().citizenId.equals(command.citizenId())) {
                throw new ConflictException("enrolment.id-in-use", "The enrolment id is already used for someone else.");
            }
            return resultOf(earlier.get()); // the same request again
        }
        if (retired) {
            throw new RuleViolationException("offerId", "enrolment.offer-retired",
                    "The offer is retired and takes no new citizens.");
        }
        if (details.access() == Access.REFERRAL && command.referringSector() == null) {
            throw new RuleViolationException("referringSector", "enrolment.referral-required",
                    "The offer needs a referral from a sector.");
        }
        if (roster.activeOf(command.citizenId()).isPresent()) {
            throw new ConflictException("enrolment.already-on-offer",
                    "The citizen is already enrolled on or waiting for this offer.");
        }
        String referringSector = details.access() == Access.OPEN ? null : command.referringSector();
        if (hasFreeSeat()) {
            boolean wasFull = isFull();
            apply(new CitizenEnrolledEvent(offerId, command.enrolmentId(), command.citizenId(),
                    command.organisation(), referringSector, details.provider().organisation(),
                    command.enrolledOn(), false, details.punchCardVisits(), command.enrolledBy()));
            announceIfNowFull(wasFull);
        } else {
            apply(new CitizenWaitlistedEvent(offerId, command.enrolmentId(), command.citizenId(),
                    command.organisation(), referringSector, details.provider().organisation(),
                    roster.waiting() + 1, command.enrolledOn(), command.enrolledBy()));
        }
        return resultOf(roster.find(command.enrolmentId()).orElseThrow());
    }

    @CommandHandler
    EnrolmentResult handle(StartEnrolmentCommand command) {
        Roster.Entry entry = enrolment(command.enrolmentId());
        switch (entry.status) {
            case WAITLISTED -> throw new RuleViolationException("enrolmentId", "enrolment.waiting-for-a-seat",
                    "The citizen is on the waiting list and has no seat to start on.");
            case STARTED -> throw new ConflictException("enrolment.already-started", "The enrolment has started.");
            case ENDED -> throw new ConflictException("enrolment.ended", "The enrolment has ended.");
            default -> {
            }
        }
        if (command.startedOn().isBefore(entry.since)) {
            throw new RuleViolationException("startedOn", "enrolment.starts-before-enrolment",
                    "The start cannot be before the citizen got the seat (" + entry.since + ").");
        }
        LocalDate plannedEnd = details.openEnded() ? null : command.startedOn().plusWeeks(details.defaultDurationWeeks());
        apply(new EnrolmentStartedEvent(offerId, entry.enrolmentId, entry.citizenId, command.startedOn(), plannedEnd,
                command.recordedBy()));
        return resultOf(entry);
    }

    @CommandHandler
    EnrolmentResult handle(RecordPunchCardVisitCommand command) {
        Roster.Entry entry = enrolment(command.enrolmentId());
        if (details.kind() != OfferKind.PUNCH_CARD) {
            throw new RuleViolationException("enrolmentId", "enrolment.not-a-punch-card",
                    "Only a punch card has visits to count.");
        }
        if (entry.status == EnrolmentStatus.WAITLISTED) {
            throw new RuleViolationException("enrolmentId", "enrolment.waiting-for-a-seat",
                    "The citizen is on the waiting list and has no punch card yet.");
        }
        if (entry.visitsRemaining == null || entry.visitsRemaining == 0) {
            throw new RuleViolationException("visitedOn", "enrolment.no-visits-left",
                    "Every visit on the punch card has been used.");
        }
        if (entry.status == EnrolmentStatus.ENDED) {
            throw new ConflictException("enrolment.ended", "The enrolment has ended.");
        }
        if (command.visitedOn().isBefore(entry.since)) {
            throw new RuleViolationException("visitedOn", "enrolment.visit-before-enrolment",
                    "A visit cannot be before the citizen got the punch card (" + entry.since + ").");
        }
        boolean wasFull = isFull();
        apply(new PunchCardVisitUsedEvent(offerId, entry.enrolmentId, entry.citizenId, command.visitedOn(),
                entry.visitsRemaining - 1, command.recordedBy()));
        if (entry.visitsRemaining == 0) {
            apply(ended(entry, command.visitedOn(), EnrolmentOutcome.COMPLETED, command.recordedBy()));
            admitFromWaitlist(command.visitedOn(), command.recordedBy());
            announceIfNowFull(wasFull);
        }
        return resultOf(entry);
    }

    @CommandHandler
    EnrolmentResult handle(EndEnrolmentCommand command) {
        Roster.Entry entry = enrolment(command.enrolmentId());
        EnrolmentOutcome outcome = command.outcome();
        if (outcome == EnrolmentOutcome.CITIZEN_ERASED) {
            return releaseErased(entry, command);
        }
        switch (entry.status) {
            case ENDED -> throw new ConflictException("enrolment.ended", "The enrolment has already ended.");
            case WAITLISTED -> {
                if (outcome != EnrolmentOutcome.WITHDRAWN) {
                    throw new RuleViolationException("outcome", "enrolment.waitlisted-can-only-withdraw",
                            "A citizen on the waiting list can only withdraw.");
                }
            }
            case ENROLLED -> {
                if (outcome != EnrolmentOutcome.DISCONTINUED) {
                    throw new RuleViolationException("outcome", "enrolment.not-started",
                            "An enrolment that has not started can only be discontinued.");
                }
            }
            case STARTED -> {
                if (outcome != EnrolmentOutcome.COMPLETED && outcome != EnrolmentOutcome.DISCONTINUED) {
                    throw new RuleViolationException("outcome", "enrolment.started-completes-or-discontinues",
                            "A started enrolment is completed or discontinued.");
                }
            }
        }
        if (command.endedOn().isBefore(entry.since)) {
            throw new RuleViolationException("endedOn", "enrolment.ends-before-it-began",
                    "The end cannot be before " + entry.since + ".");
        }
        boolean wasFull = isFull();
        apply(ended(entry, command.endedOn(), outcome, command.recordedBy()));
        admitFromWaitlist(command.endedOn(), command.recordedBy());
        announceIfNowFull(wasFull);
        return resultOf(entry);
    }

    /**
     * An erased citizen keeps no seat and no place in line: whatever the enrolment's state, it ends and the next in
     * line is admitted. Asked again (the erasure redelivered) it changes nothing.
     */
    private EnrolmentResult releaseErased(Roster.Entry entry, EndEnrolmentCommand command) {
        if (entry.status == EnrolmentStatus.ENDED) {
            return resultOf(entry);
        }
        LocalDate on = command.endedOn().isBefore(entry.since) ? entry.since : command.endedOn();
        boolean wasFull = isFull();
        apply(ended(entry, on, EnrolmentOutcome.CITIZEN_ERASED, command.recordedBy()));
        admitFromWaitlist(on, command.recordedBy());
        announceIfNowFull(wasFull);
        return resultOf(entry);
    }

    // --- helpers -----------------------------------------------------------------------------------

    private void requireNotRetired() {
        if (retired) {
            throw new RuleViolationException(null, "offer.retired", "The offer is retired and cannot change.");
        }
    }

    /** Every change names the version it is based on: none overwrites another silently. */
    private void requireVersion(int expected) {
        if (expected != version) {
            throw new ConflictException("offer.stale-version",
                    "The offer has changed since version " + expected + "; it is now version " + version + ".",
                    (long) version);
        }
    }

    private Roster.Entry enrolment(UUID enrolmentId) {
        return roster.find(enrolmentId).orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
    }

    private boolean hasFreeSeat() {
        return details.capacity() == null || roster.seatsTaken() < details.capacity();
    }

    private boolean isFull() {
        return !hasFreeSeat();
    }

    /** Seats that came free go to the waiting list in order. */
    private void admitFromWaitlist(LocalDate on, String by) {
        while (hasFreeSeat() && roster.nextInLine().isPresent()) {
            Roster.Entry next = roster.nextInLine().get();
            apply(new CitizenEnrolledEvent(offerId, next.enrolmentId, next.citizenId, next.organisation,
                    next.referringSector, details.provider().organisation(), on, true, details.punchCardVisits(),
                    by));
        }
    }

    /** Announced once when the offer goes from having a free seat to having none, not when a seat passes on. */
    private void announceIfNowFull(boolean wasFull) {
        if (!wasFull && isFull()) {
            apply(new SeatsExhaustedEvent(offerId, organisation, details.provider().organisation(),
                    details.capacity()));
        }
    }

    private static List<DoubleBilledItem> doubleBilledItems(PriceList prices) {
        return prices == null ? List.of() : prices.doubleBilledItems();
    }

    private EnrolmentEndedEvent ended(Roster.Entry entry, LocalDate on, EnrolmentOutcome outcome, String by) {
        return new EnrolmentEndedEvent(offerId, entry.enrolmentId, entry.citizenId, entry.organisation,
                entry.referringSector, details.provider().organisation(), on, outcome, entry.status.holdsSeat(), by);
    }

    private EnrolmentResult resultOf(Roster.Entry entry) {
        return new EnrolmentResult(entry.enrolmentId, entry.citizenId, entry.status,
                entry.status == EnrolmentStatus.WAITLISTED ? roster.positionOf(entry.enrolmentId) : null);
    }

    // --- state -------------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(OfferPublishedEvent event) {
        offerId = event.offerId();
        organisation = event.organisation();
        version = event.version();
        details = event.details();
        prices = event.prices();
    }

    @EventSourcingHandler
    void on(OfferChangedEvent event) {
        version = event.version();
        details = event.details();
        prices = event.prices();
    }

    @EventSourcingHandler
    void on(OfferRetiredEvent event) {
        version = event.version();
        retired = true;
    }

    @EventSourcingHandler
    void on(CitizenWaitlistedEvent event) {
        roster.waitlist(new Roster.Entry(event.enrolmentId(), event.citizenId(), event.organisation(),
                event.referringSector(), EnrolmentStatus.WAITLISTED, event.waitlistedOn(), null));
    }

    @EventSourcingHandler
    void on(CitizenEnrolledEvent event) {
        Roster.Entry entry = roster.find(event.enrolmentId()).orElseGet(() -> new Roster.Entry(event.enrolmentId(),
                event.citizenId(), event.organisation(), event.referringSector(), EnrolmentStatus.ENROLLED,
                event.enrolledOn(), null));
        entry.status = EnrolmentStatus.ENROLLED;
        entry.since = event.enrolledOn();
        entry.visitsRemaining = event.punchCardVisits();
        roster.seat(entry);
    }

    @EventSourcingHandler
    void on(EnrolmentStartedEvent event) {
        Roster.Entry entry = roster.find(event.enrolmentId()).orElseThrow();
        entry.status = EnrolmentStatus.STARTED;
        entry.since = event.startedOn();
    }

    @EventSourcingHandler
    void on(PunchCardVisitUsedEvent event) {
        roster.find(event.enrolmentId()).orElseThrow().visitsRemaining = event.visitsRemaining();
    }

    @EventSourcingHandler
    void on(EnrolmentEndedEvent event) {
        roster.end(event.enrolmentId());
    }

    @Override
    public String toString() {
        return "Offer " + offerId + " v" + version + (retired ? " (retired)" : "");
    }
}
