package dk.tvaers.coordination.referral;

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
import dk.tvaers.coordination.referral.command.Referral;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

class ReferralTest {

    private static final UUID REFERRAL = UUID.fromString("8e6b2c8a-7f0d-4a3b-9c4e-8d1f2a3b4c02");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID SUB_GOAL = UUID.fromString("9f7c3d9b-8a1e-4b4c-8d5f-9e2a3b4c5d03");
    private static final Instant SENT_AT = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate SENT_ON = LocalDate.of(2026, 11, 23);
    private static final LocalDate ANSWER_BY = LocalDate.of(2026, 12, 3);
    private static final Duration TEN_DAYS = Duration.ofDays(10);

    private static final Party SOFIE = new Party("sofie.social", "social-services", "holstebro");
    private static final Party ANNA = new Party("anna.misbrug", "addiction-centre", "holstebro");
    private static final Party JONAS = new Party("jonas.job", "jobcenter", "holstebro");

    private static final ReferralSentEvent SENT = new ReferralSentEvent(REFERRAL, CITIZEN, "social-services",
            "holstebro", "sofie.social", "addiction-centre", "holstebro", "Ønsker behandling for alkohol", SUB_GOAL,
            SENT_ON, ANSWER_BY);

    private AggregateTestFixture<Referral> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Referral.class);
    }

    private static ReferralStatusChangedEvent changed(ReferralStatus status, RejectionReason reason, String note,
                                                      Party by) {
        return new ReferralStatusChangedEvent(REFERRAL, CITIZEN, "social-services", "holstebro", "addiction-centre",
                "holstebro", status, reason, note, by.userId(), by.sector(), SENT_ON.plusDays(2));
    }

    @Test
    void sendsAReferralWithAReasonAndASubGoalAndWaitsForTheAnswer() {
        fixture.givenNoPriorActivity()
                .when(new SendReferralCommand(REFERRAL, CITIZEN, SOFIE, "addiction-centre", "holstebro",
                        "Ønsker behandling for alkohol", SUB_GOAL, SENT_AT, TEN_DAYS))
                .expectEvents(SENT)
                .expectScheduledDeadlineWithName(TEN_DAYS, "referral-answer-due");
    }

    @Test
    void rejectsAReferralToTheOwnSector() {
        fixture.givenNoPriorActivity()
                .when(new SendReferralCommand(REFERRAL, CITIZEN, SOFIE, "social-services", "holstebro", "Hvorfor",
                        SUB_GOAL, SENT_AT, TEN_DAYS))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAReferralToASectorThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(new SendReferralCommand(REFERRAL, CITIZEN, SOFIE, "housing", "holstebro", "Bolig", SUB_GOAL,
                        SENT_AT, TEN_DAYS))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("'housing' is not a sector; a referral goes to one of jobcenter, "
                        + "social-services, psychiatry, addiction-centre, probation.")
                .expectNoEvents();
    }

    @Test
    void rejectsAReferralWithoutTheSubGoalItServes() {
        fixture.givenNoPriorActivity()
                .when(new SendReferralCommand(REFERRAL, CITIZEN, SOFIE, "addiction-centre", "holstebro", "Behandling",
                        null, SENT_AT, TEN_DAYS))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    private static SendReferralCommand send() {
        return new SendReferralCommand(REFERRAL, CITIZEN, SOFIE, "addiction-centre", "holstebro",
                "Ønsker behandling for alkohol", SUB_GOAL, SENT_AT, TEN_DAYS);
    }

    @Test
    void aReferralLeftUnansweredIsFlaggedWhenItsTimeRunsOut() {
        fixture.givenCommands(send())
                .whenTimeElapses(TEN_DAYS.plusMinutes(1))
                .expectEvents(new ReferralUnansweredEvent(REFERRAL, CITIZEN, "social-services", "holstebro",
                        "addiction-centre", "holstebro", SENT_ON, ANSWER_BY));
    }

    @Test
    void theReceivingSectorAcceptsAndTheDeadlineIsCancelled() {
        fixture.givenCommands(send())
                .when(new AcceptReferralCommand(REFERRAL, ANNA, SENT_ON.plusDays(2)))
                .expectEvents(changed(ReferralStatus.ACCEPTED, null, null, ANNA))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAcceptedReferralIsNotFlaggedWhenTheTimeRunsOut() {
        fixture.givenCommands(send(), new AcceptReferralCommand(REFERRAL, ANNA, SENT_ON.plusDays(2)))
                .whenTimeElapses(TEN_DAYS.plusDays(1))
                .expectNoEvents();
    }

    @Test
    void onlyTheReceivingSectorAnswers() {
        fixture.given(SENT)
                .when(new AcceptReferralCommand(REFERRAL, JONAS, SENT_ON.plusDays(2)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theReceivingSectorRejectsWithAReasonFromTheList() {
        fixture.given(SENT)
                .when(new RejectReferralCommand(REFERRAL, RejectionReason.NO_CAPACITY, null, ANNA, SENT_ON.plusDays(2)))
                .expectEvents(changed(ReferralStatus.REJECTED, RejectionReason.NO_CAPACITY, null, ANNA));
    }

    @Test
    void rejectingForAnotherReasonNeedsANote() {
        fixture.given(SENT)
                .when(new RejectReferralCommand(REFERRAL, RejectionReason.OTHER, "", ANNA, SENT_ON.plusDays(2)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void anAnsweredReferralCannotBeAnsweredAgain() {
        fixture.given(SENT, changed(ReferralStatus.REJECTED, RejectionReason.NOT_ELIGIBLE, null, ANNA))
                .when(new AcceptReferralCommand(REFERRAL, ANNA, SENT_ON.plusDays(2)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anAcceptedReferralGoesInProgressAndIsCompleted() {
        fixture.given(SENT, changed(ReferralStatus.ACCEPTED, null, null, ANNA),
                        changed(ReferralStatus.IN_PROGRESS, null, null, ANNA))
                .when(new CompleteReferralCommand(REFERRAL, "Forløb gennemført", ANNA, SENT_ON.plusDays(2)))
                .expectEvents(changed(ReferralStatus.COMPLETED, null, "Forløb gennemført", ANNA));
    }

    @Test
    void anAcceptedReferralGoesInProgressWhenTheReceivingSectorHasItsCase() {
        fixture.given(SENT, changed(ReferralStatus.ACCEPTED, null, null, ANNA))
                .when(new StartAcceptedReferralCommand(REFERRAL, ANNA, SENT_ON.plusDays(2)))
                .expectEvents(changed(ReferralStatus.IN_PROGRESS, null, null, ANNA));
    }

    @Test
    void aReferralThatMovedOnIsLeftAsItIsWhenTheReceivingCaseTurnsUp() {
        fixture.given(SENT, changed(ReferralStatus.ACCEPTED, null, null, ANNA),
                        changed(ReferralStatus.WITHDRAWN, null, "Borgeren er flyttet", SOFIE))
                .when(new StartAcceptedReferralCommand(REFERRAL, ANNA, SENT_ON.plusDays(2)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aReferralStartsOnlyOnceAccepted() {
        fixture.given(SENT)
                .when(new StartReferralCommand(REFERRAL, ANNA, SENT_ON.plusDays(2)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void theReferringSectorWithdrawsWithAReason() {
        fixture.given(SENT)
                .when(new WithdrawReferralCommand(REFERRAL, "Borgeren er flyttet", SOFIE, SENT_ON.plusDays(2)))
                .expectEvents(changed(ReferralStatus.WITHDRAWN, null, "Borgeren er flyttet", SOFIE));
    }

    @Test
    void withdrawingAReferralNeedsAReason() {
        fixture.given(SENT)
                .when(new WithdrawReferralCommand(REFERRAL, "  ", SOFIE, SENT_ON.plusDays(2)))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("Withdrawing a referral needs a reason.")
                .expectNoEvents();
    }

    @Test
    void onlyTheReferringSectorWithdraws() {
        fixture.given(SENT)
                .when(new WithdrawReferralCommand(REFERRAL, "Ikke relevant", ANNA, SENT_ON.plusDays(2)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aCompletedReferralCannotBeWithdrawn() {
        fixture.given(SENT, changed(ReferralStatus.ACCEPTED, null, null, ANNA),
                        changed(ReferralStatus.COMPLETED, null, null, ANNA))
                .when(new WithdrawReferralCommand(REFERRAL, "For sent", SOFIE, SENT_ON.plusDays(2)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
