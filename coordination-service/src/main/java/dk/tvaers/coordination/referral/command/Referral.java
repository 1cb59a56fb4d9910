package dk.tvaers.coordination.referral.command;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.Sectors;
import dk.tvaers.coordination.referral.api.AcceptReferralCommand;
import dk.tvaers.coordination.referral.api.CompleteReferralCommand;
import dk.tvaers.coordination.referral.api.Party;
import dk.tvaers.coordination.referral.api.ReferralSentEvent;
import dk.tvaers.coordination.referral.api.ReferralStatus;
import dk.tvaers.coordination.referral.api.ReferralStatusChangedEvent;
import dk.tvaers.coordination.referral.api.ReferralUnansweredEvent;
import dk.tvaers.coordination.referral.api.RejectReferralCommand;
import dk.tvaers.coordination.referral.api.RejectionReason;
import dk.tvaers.coordination.referral.api.SendReferralCommand;
import dk.tvaers.coordination.referral.api.StartAcceptedReferralCommand;
import dk.tvaers.coordination.referral.api.StartReferralCommand;
import dk.tvaers.coordination.referral.api.WithdrawReferralCommand;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A referral (henvisning) from one sector to another: a closed loop. The receiving sector accepts or
 * rejects it with a reason from a list, then reports it in progress and completed; the referring sector can
 * withdraw it. A referral left unanswered past its deadline is flagged (a persistent Axon deadline), so none
 * is lost between two sectors. Every answer returns the citizen's id, for the caller's audit entry.
 */
@Aggregate
public class Referral {

    static final String ANSWER_DUE = "referral-answer-due";
    static final ZoneId DANISH_TIME = DanishTime.ZONE;

    record AnswerDue(UUID referralId) {
    }

    @AggregateIdentifier
    private UUID referralId;
    private UUID citizenId;
    private String fromSector;
    private String fromOrganisation;
    private String toSector;
    private String toOrganisation;
    private LocalDate sentOn;
    private LocalDate answerBy;
    private ReferralStatus status;
    private boolean flaggedUnanswered;

    protected Referral() {
    }

    @CommandHandler
    public Referral(SendReferralCommand command, DeadlineManager deadlines) {
        Party sender = command.sender();
        if (sender.sector() == null || sender.organisation() == null) {
            throw new RuleViolationException(null, "referral.sender-without-sector",
                    "Only someone working in a sector can refer a citizen from it.");
        }
        if (!Sectors.KNOWN.contains(command.toSector())) {
            throw new RuleViolationException("toSector", "referral.unknown-sector",
                    "'" + command.toSector() + "' is not a sector; a referral goes to one of "
                            + String.join(", ", Sectors.KNOWN) + ".");
        }
        if (sender.sector().equals(command.toSector()) && sender.organisation().equals(command.toOrganisation())) {
            throw new RuleViolationException("toSector", "referral.to-own-sector",
                    "A referral goes to another sector.");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolationException("reason", "referral.reason-required", "A referral needs a reason.");
        }
        if (command.subGoalId() == null) {
            throw new RuleViolationException("subGoalId", "referral.sub-goal-required",
                    "A referral names the plan's sub-goal it serves.");
        }
        if (command.answerWithin() == null || command.answerWithin().isNegative() || command.answerWithin().isZero()) {
            throw new IllegalArgumentException("answerWithin must be positive");
        }
        LocalDate sentOn = LocalDate.ofInstant(command.sentAt(), DANISH_TIME);
        LocalDate answerBy = LocalDate.ofInstant(command.sentAt().plus(command.answerWithin()), DANISH_TIME);
        apply(new ReferralSentEvent(command.referralId(), command.citizenId(), sender.sector(), sender.organisation(),
                sender.userId(), command.toSector(), command.toOrganisation(), command.reason(),
                command.subGoalId(), sentOn, answerBy));
        deadlines.schedule(command.answerWithin(), ANSWER_DUE, new AnswerDue(command.referralId()));
    }

    @CommandHandler
    UUID handle(AcceptReferralCommand command, DeadlineManager deadlines) {
        requireReceiver(command.by());
        requireStatus(ReferralStatus.ACCEPTED, EnumSet.of(ReferralStatus.SENT));
        changeStatus(ReferralStatus.ACCEPTED, null, null, command.by(), command.on());
        deadlines.cancelAllWithinScope(ANSWER_DUE);
        return citizenId;
    }

    @CommandHandler
    UUID handle(RejectReferralCommand command, DeadlineManager deadlines) {
        requireReceiver(command.by());
        requireStatus(ReferralStatus.REJECTED, EnumSet.of(ReferralStatus.SENT));
        if (command.reason() == null) {
            throw new RuleViolationException("reason", "referral.rejection-reason-required",
                    "A rejection needs a reason from the list.");
        }
        if (command.reason() == RejectionReason.OTHER && (command.note() == null || command.note().isBlank())) {
            throw new RuleViolationException("note", "referral.other-reason-needs-note",
                    "Rejecting for another reason needs a note saying which.");
        }
        changeStatus(ReferralStatus.REJECTED, command.reason(), command.note(), command.by(), command.on());
        deadlines.cancelAllWithinScope(ANSWER_DUE);
        return citizenId;
    }

    @CommandHandler
    UUID handle(StartReferralCommand command) {
        requireReceiver(command.by());
        requireStatus(ReferralStatus.IN_PROGRESS, EnumSet.of(ReferralStatus.ACCEPTED));
        changeStatus(ReferralStatus.IN_PROGRESS, null, null, command.by(), command.on());
        return citizenId;
    }

    /** Sent by the referral's own process, never by a person: a referral that moved on is not an error. */
    @CommandHandler
    void handle(StartAcceptedReferralCommand command) {
        if (status == ReferralStatus.ACCEPTED && isReceiver(command.by())) {
            changeStatus(ReferralStatus.IN_PROGRESS, null, null, command.by(), command.on());
        }
    }

    @CommandHandler
    UUID handle(CompleteReferralCommand command) {
        requireReceiver(command.by());
        requireStatus(ReferralStatus.COMPLETED, EnumSet.of(ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS));
        changeStatus(ReferralStatus.COMPLETED, null, command.note(), command.by(), command.on());
        return citizenId;
    }

    @CommandHandler
    UUID handle(WithdrawReferralCommand command, DeadlineManager deadlines) {
        if (!command.by().sector().equals(fromSector) || !command.by().organisation().equals(fromOrganisation)) {
            throw new RuleViolationException(null, "referral.only-sender-withdraws",
                    "Only the referring sector can withdraw the referral.");
        }
        requireStatus(ReferralStatus.WITHDRAWN,
                EnumSet.of(ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS));
        if (command.reason() == null || command.reason().isBlank()) {
            throw new RuleViolationException("reason", "referral.withdrawal-reason-required",
                    "Withdrawing a referral needs a reason.");
        }
        changeStatus(ReferralStatus.WITHDRAWN, null, command.reason(), command.by(), command.on());
        deadlines.cancelAllWithinScope(ANSWER_DUE);
        return citizenId;
    }

    @DeadlineHandler(deadlineName = ANSWER_DUE)
    void on(AnswerDue due) {
        if (status == ReferralStatus.SENT && !flaggedUnanswered) {
            apply(new ReferralUnansweredEvent(referralId, citizenId, fromSector, fromOrganisation, toSector,
                    toOrganisation, sentOn, answerBy));
        }
    }

    private boolean isReceiver(Party by) {
        return toSector.equals(by.sector()) && toOrganisation.equals(by.organisation());
    }

    private void requireReceiver(Party by) {
        if (!isReceiver(by)) {
            throw new RuleViolationException(null, "referral.only-receiver-answers",
                    "Only the receiving sector (" + toSector + ", " + toOrganisation + ") can do this.");
        }
    }

    private void requireStatus(ReferralStatus target, Set<ReferralStatus> allowedFrom) {
        if (!allowedFrom.contains(status)) {
            throw new ConflictException("referral.status",
                    "The referral is " + status.code() + "; it cannot become " + target.code() + ".");
        }
    }

    private void changeStatus(ReferralStatus target, RejectionReason reason, String note, Party by, LocalDate on) {
        apply(new ReferralStatusChangedEvent(referralId, citizenId, fromSector, fromOrganisation, toSector,
                toOrganisation, target, reason,
                note == null || note.isBlank() ? null : note, by.userId(), by.sector(), on));
    }

    @EventSourcingHandler
    void on(ReferralSentEvent event) {
        referralId = event.referralId();
        citizenId = event.citizenId();
        fromSector = event.fromSector();
        fromOrganisation = event.fromOrganisation();
        toSector = event.toSector();
        toOrganisation = event.toOrganisation();
        sentOn = event.sentOn();
        answerBy = event.answerBy();
        status = ReferralStatus.SENT;
    }

    @EventSourcingHandler
    void on(ReferralStatusChangedEvent event) {
        status = event.status();
    }

    @EventSourcingHandler
    void on(ReferralUnansweredEvent event) {
        flaggedUnanswered = true;
    }
}
