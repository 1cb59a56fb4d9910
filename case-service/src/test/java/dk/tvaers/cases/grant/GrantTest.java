package dk.tvaers.cases.grant;

import dk.tvaers.cases.BrokenRule;
import dk.tvaers.cases.grant.api.ApproveGrantCommand;
import dk.tvaers.cases.grant.api.GrantApprovedEvent;
import dk.tvaers.cases.grant.api.GrantEndedEvent;
import dk.tvaers.cases.grant.api.GrantProposedEvent;
import dk.tvaers.cases.grant.api.GrantRejectedEvent;
import dk.tvaers.cases.grant.api.GrantRevisitationDueEvent;
import dk.tvaers.cases.grant.api.GrantRevisitedEvent;
import dk.tvaers.cases.grant.api.GrantTerms;
import dk.tvaers.cases.grant.api.ProposeGrantCommand;
import dk.tvaers.cases.grant.api.RejectGrantCommand;
import dk.tvaers.cases.grant.api.RevisitGrantCommand;
import dk.tvaers.cases.grant.api.RevisitationDecision;
import dk.tvaers.cases.grant.command.Grant;
import dk.tvaers.cases.grant.command.GrantCases;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

class GrantTest {

    private static final UUID GRANT = UUID.fromString("7e3a1c5d-9b2f-4d6e-8a1c-3f5b7d9e1a20");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    private static final UUID OFFER = UUID.fromString("3f2c9a4e-6b1d-4c8e-a5f7-2d9e0b1c4a61");
    private static final UUID FRAME = UUID.fromString("5d1e3f2c-8a61-4b7a-9c33-0a6e51b7d299");
    private static final BigDecimal AUTHORITY = new BigDecimal("5");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    private static final LocalDate UNTIL = LocalDate.of(2027, 5, 31);
    private static final String SEL_85 = "Serviceloven §85";

    private AggregateTestFixture<Grant> fixture;
    private boolean caseOpen = true;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Grant.class);
        fixture.registerInjectableResource((GrantCases) (caseId, citizenId, sector) -> caseOpen);
    }

    private static GrantTerms terms(String hours, String legalBasis) {
        return new GrantTerms(OFFER, new BigDecimal(hours), FROM, UNTIL, legalBasis);
    }

    private static ProposeGrantCommand propose(GrantTerms terms, boolean external, UUID frame) {
        return new ProposeGrantCommand(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, external, frame,
                "sofie.social", AUTHORITY, TODAY);
    }

    private static GrantProposedEvent proposed(GrantTerms terms, boolean awaiting) {
        return new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, false, null,
                awaiting, "sofie.social", TODAY);
    }

    private static GrantApprovedEvent approved(GrantTerms terms, String by, boolean withinAuthority) {
        return new GrantApprovedEvent(GRANT, CITIZEN, "holstebro", "social-services", terms, by, withinAuthority,
                TODAY);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Grant.ZONE).toInstant();
    }

    @Test
    void aGrantWithinTheCaseworkersAuthorityIsInForceAtOnceAndEndsAtItsEndDate() {
        GrantTerms terms = terms("5", "Serviceloven §107");
        fixture.givenNoPriorActivity()
                .when(propose(terms, false, null))
                .expectEvents(proposed(terms, false), approved(terms, "sofie.social", true))
                .expectScheduledDeadlineWithName(startOf(UNTIL.plusDays(1)), "grant-ends");
    }

    @Test
    void rejectsGrantAboveAuthorityWithoutApproval() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.givenNoPriorActivity()
                .when(propose(terms, false, null))
                .expectEvents(proposed(terms, true))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExternalPlacementWaitsForTheVisitationMeetingWhateverTheHours() {
        GrantTerms terms = terms("1", "Serviceloven §107");
        fixture.givenNoPriorActivity()
                .when(propose(terms, true, null))
                .expectEvents(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, true,
                        null, true, "sofie.social", TODAY));
    }

    @Test
    void aGrantDrawnFromAFrameWithinTheCaseworkersAuthorityIsInForceAtOnce() {
        GrantTerms terms = terms("4", SEL_85);
        fixture.givenNoPriorActivity()
                .when(propose(terms, false, FRAME))
                .expectEvents(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, false,
                        FRAME, false, "sofie.social", TODAY), approved(terms, "sofie.social", true));
    }

    @Test
    void aGrantDrawnFromAFrameAboveTheCaseworkersAuthorityStillWaitsForTheVisitationMeeting() {
        GrantTerms terms = terms("10", SEL_85);
        fixture.givenNoPriorActivity()
                .when(propose(terms, false, FRAME))
                .expectEvents(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, false,
                        FRAME, true, "sofie.social", TODAY))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anExternalPlacementDrawnFromAFrameStillWaitsForTheVisitationMeeting() {
        GrantTerms terms = terms("1", SEL_85);
        fixture.givenNoPriorActivity()
                .when(propose(terms, true, FRAME))
                .expectEvents(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, true,
                        FRAME, true, "sofie.social", TODAY));
    }

    @Test
    void aRejectedGrantFromAFrameSaysWhichFrameGetsItsHoursBack() {
        GrantTerms terms = terms("10", SEL_85);
        fixture.given(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, false,
                        FRAME, true, "sofie.social", TODAY))
                .when(new RejectGrantCommand(GRANT, 0, "lene.leder", "Gruppeforløb dækker behovet", TODAY))
                .expectEvents(new GrantRejectedEvent(GRANT, CITIZEN, "holstebro", "social-services", terms, FRAME,
                        "lene.leder", "Gruppeforløb dækker behovet", TODAY));
    }

    @Test
    void theTeamLeaderApprovesAtTheVisitationMeeting() {
        GrantTerms terms = terms("7.5", "Serviceloven §107");
        fixture.given(proposed(terms, true))
                .when(new ApproveGrantCommand(GRANT, 0, "lene.leder", TODAY))
                .expectEvents(approved(terms, "lene.leder", false))
                .expectScheduledDeadlineWithName(startOf(UNTIL.plusDays(1)), "grant-ends");
    }

    @Test
    void aTeamLeaderCannotApproveTheirOwnProposal() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.given(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, false, null,
                        true, "lene.leder", TODAY))
                .when(new ApproveGrantCommand(GRANT, 0, "lene.leder", TODAY))
                .expectException(BrokenRule.named("grant.own-proposal"))
                .expectNoEvents();
    }

    @Test
    void anotherTeamLeaderApprovesATeamLeadersProposal() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.given(new GrantProposedEvent(GRANT, CITIZEN, CASE, "holstebro", "social-services", terms, false, null,
                        true, "lene.leder", TODAY))
                .when(new ApproveGrantCommand(GRANT, 0, "lars.leder", TODAY))
                .expectEvents(approved(terms, "lars.leder", false));
    }

    @Test
    void theTeamLeaderRejectsWithAReason() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.given(proposed(terms, true))
                .when(new RejectGrantCommand(GRANT, 0, "lene.leder", "Gruppeforløb dækker behovet", TODAY))
                .expectEvents(new GrantRejectedEvent(GRANT, CITIZEN, "holstebro", "social-services", terms, null,
                        "lene.leder", "Gruppeforløb dækker behovet", TODAY));
    }

    @Test
    void rejectsARejectionWithoutAReason() {
        fixture.given(proposed(terms("7.5", SEL_85), true))
                .when(new RejectGrantCommand(GRANT, 0, "lene.leder", " ", TODAY))
                .expectException(BrokenRule.named("grant.rejection-reason-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsApprovingAGrantNotWaitingForVisitation() {
        GrantTerms terms = terms("2", SEL_85);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true))
                .when(new ApproveGrantCommand(GRANT, 1, "lene.leder", TODAY))
                .expectException(BrokenRule.named("grant.not-awaiting-visitation"))
                .expectNoEvents();
    }

    @Test
    void rejectsRejectingAGrantNotWaitingForVisitation() {
        GrantTerms terms = terms("2", SEL_85);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true))
                .when(new RejectGrantCommand(GRANT, 1, "lene.leder", "Gruppeforløb dækker behovet", TODAY))
                .expectException(BrokenRule.named("grant.not-awaiting-visitation"))
                .expectNoEvents();
    }

    @Test
    void rejectsRejectingAnAlreadyRejectedGrant() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.given(proposed(terms, true), new GrantRejectedEvent(GRANT, CITIZEN, "holstebro", "social-services",
                        terms, null, "lene.leder", "Gruppeforløb dækker behovet", TODAY))
                .when(new RejectGrantCommand(GRANT, 1, "lene.leder", "Igen", TODAY))
                .expectException(BrokenRule.named("grant.not-awaiting-visitation"))
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionOnAStaleVersion() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.given(proposed(terms, true))
                .when(new ApproveGrantCommand(GRANT, 3, "lene.leder", TODAY))
                .expectException(BrokenRule.named("grant.stale"))
                .expectNoEvents();
    }

    @Test
    void rejectsARejectionOnAStaleVersion() {
        GrantTerms terms = terms("7.5", SEL_85);
        fixture.given(proposed(terms, true))
                .when(new RejectGrantCommand(GRANT, 1, "lene.leder", "Gruppeforløb dækker behovet", TODAY))
                .expectException(BrokenRule.named("grant.stale"))
                .expectExceptionMessage(containsString("now at version 0"))
                .expectNoEvents();
    }

    @Test
    void rejectsAGrantOutsideAnOpenCaseOfTheSector() {
        caseOpen = false;
        fixture.givenNoPriorActivity()
                .when(propose(terms("2", SEL_85), false, null))
                .expectException(BrokenRule.named("grant.case-not-open"))
                .expectNoEvents();
    }

    @Test
    void rejectsHoursOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(propose(terms("0", SEL_85), false, null))
                .expectException(BrokenRule.named("grant.hours-out-of-range"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(propose(terms("40.25", SEL_85), false, null))
                .expectException(BrokenRule.named("grant.hours-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItBegins() {
        fixture.givenNoPriorActivity()
                .when(propose(new GrantTerms(OFFER, AUTHORITY, UNTIL, FROM, SEL_85), false, null))
                .expectException(BrokenRule.named("grant.period-reversed"))
                .expectNoEvents();
    }

    @Test
    void rejectsAPeriodThatHasEnded() {
        fixture.givenNoPriorActivity()
                .when(propose(new GrantTerms(OFFER, AUTHORITY, TODAY.minusMonths(2), TODAY.minusDays(1), SEL_85), false,
                        null))
                .expectException(BrokenRule.named("grant.period-over"))
                .expectNoEvents();
    }

    @Test
    void rejectsAGrantWithoutALegalBasis() {
        fixture.givenNoPriorActivity()
                .when(propose(terms("2", ""), false, null))
                .expectException(BrokenRule.named("grant.legal-basis-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsAGrantWithoutAnOffer() {
        fixture.givenNoPriorActivity()
                .when(propose(new GrantTerms(null, AUTHORITY, FROM, UNTIL, SEL_85), false, null))
                .expectException(BrokenRule.named("grant.offer-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsAGrantWithoutAPeriod() {
        fixture.givenNoPriorActivity()
                .when(propose(new GrantTerms(OFFER, AUTHORITY, FROM, null, SEL_85), false, null))
                .expectException(BrokenRule.named("grant.period-required"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(propose(new GrantTerms(OFFER, AUTHORITY, null, UNTIL, SEL_85), false, null))
                .expectException(BrokenRule.named("grant.period-required"))
                .expectNoEvents();
    }

    @Test
    void endsByItselfAtTheEndOfItsPeriod() {
        GrantTerms terms = terms("5", "Serviceloven §107");
        fixture.givenCurrentTime(startOf(TODAY))
                .andGivenCommands(propose(terms, false, null))
                .whenTimeAdvancesTo(startOf(UNTIL.plusDays(1)))
                .expectTriggeredDeadlinesWithName("grant-ends")
                .expectEvents(new GrantEndedEvent(GRANT, CITIZEN, "holstebro", "social-services", terms, UNTIL,
                        GrantEndedEvent.PERIOD_ENDED));
    }

    @Test
    void isStillInForceOnItsLastDay() {
        fixture.givenCurrentTime(startOf(TODAY))
                .andGivenCommands(propose(terms("5", "Serviceloven §107"), false, null))
                .whenTimeAdvancesTo(startOf(UNTIL).plusSeconds(12 * 3600))
                .expectNoEvents();
    }

    @Test
    void aGrantUnderThreeHoursUnderSection85IsDueForRevisitationAfterAnInterval() {
        GrantTerms terms = terms("2.5", SEL_85);
        LocalDate due = FROM.plus(Grant.REVISITATION_INTERVAL);
        fixture.givenCurrentTime(startOf(TODAY))
                .andGivenCommands(propose(terms, false, null))
                .whenTimeAdvancesTo(startOf(due))
                .expectEvents(new GrantRevisitationDueEvent(GRANT, CITIZEN, "holstebro", "social-services", due));
    }

    @Test
    void aGrantOfThreeHoursOrMoreIsNotRevisited() {
        fixture.givenNoPriorActivity()
                .when(propose(terms("3", SEL_85), false, null))
                .expectNoScheduledDeadlineWithName(startOf(FROM.plus(Grant.REVISITATION_INTERVAL)),
                        "grant-revisitation-due");
    }

    @Test
    void aSmallGrantUnderAnotherSectionIsNotRevisited() {
        fixture.givenNoPriorActivity()
                .when(propose(terms("2", "Serviceloven §107"), false, null))
                .expectNoScheduledDeadlineWithName(startOf(FROM.plus(Grant.REVISITATION_INTERVAL)),
                        "grant-revisitation-due");
    }

    @Test
    void aRevisitationThatContinuesTheGrantSchedulesTheNextOne() {
        GrantTerms terms = terms("2.5", SEL_85);
        LocalDate due = FROM.plus(Grant.REVISITATION_INTERVAL);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true),
                        new GrantRevisitationDueEvent(GRANT, CITIZEN, "holstebro", "social-services", due))
                .when(new RevisitGrantCommand(GRANT, 2, RevisitationDecision.CONTINUE, "sofie.social", TODAY))
                .expectEvents(new GrantRevisitedEvent(GRANT, CITIZEN, "holstebro", "social-services",
                        RevisitationDecision.CONTINUE, "sofie.social", TODAY, TODAY.plus(Grant.REVISITATION_INTERVAL)))
                .expectScheduledDeadlineWithName(startOf(TODAY.plus(Grant.REVISITATION_INTERVAL)),
                        "grant-revisitation-due");
    }

    @Test
    void aRevisitationCanEndTheGrant() {
        GrantTerms terms = terms("2.5", SEL_85);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true),
                        new GrantRevisitationDueEvent(GRANT, CITIZEN, "holstebro", "social-services", TODAY))
                .when(new RevisitGrantCommand(GRANT, 2, RevisitationDecision.END, "sofie.social", TODAY))
                .expectEvents(new GrantRevisitedEvent(GRANT, CITIZEN, "holstebro", "social-services",
                                RevisitationDecision.END, "sofie.social", TODAY, null),
                        new GrantEndedEvent(GRANT, CITIZEN, "holstebro", "social-services", terms, TODAY,
                                GrantEndedEvent.REVISITED));
    }

    @Test
    void rejectsARevisitationThatIsNotDue() {
        GrantTerms terms = terms("2.5", SEL_85);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true))
                .when(new RevisitGrantCommand(GRANT, 1, RevisitationDecision.END, "sofie.social", TODAY))
                .expectException(BrokenRule.named("grant.revisitation-not-due"))
                .expectNoEvents();
    }

    @Test
    void rejectsARevisitationOnAStaleVersion() {
        GrantTerms terms = terms("2.5", SEL_85);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true),
                        new GrantRevisitationDueEvent(GRANT, CITIZEN, "holstebro", "social-services", TODAY))
                .when(new RevisitGrantCommand(GRANT, 1, RevisitationDecision.CONTINUE, "sofie.social", TODAY))
                .expectException(BrokenRule.named("grant.stale"))
                .expectNoEvents();
    }

    @Test
    void rejectsARevisitationWithoutADecision() {
        GrantTerms terms = terms("2.5", SEL_85);
        fixture.given(proposed(terms, false), approved(terms, "sofie.social", true),
                        new GrantRevisitationDueEvent(GRANT, CITIZEN, "holstebro", "social-services", TODAY))
                .when(new RevisitGrantCommand(GRANT, 2, null, "sofie.social", TODAY))
                .expectException(BrokenRule.named("grant.revisitation-decision-required"))
                .expectNoEvents();
    }

    @Test
    void anEndedGrantDoesNotEndAgainAtItsEndDate() {
        GrantTerms terms = terms("2.5", SEL_85);
        fixture.givenCurrentTime(startOf(TODAY))
                .andGivenCommands(propose(terms, false, null))
                .andGiven(new GrantRevisitationDueEvent(GRANT, CITIZEN, "holstebro", "social-services", TODAY))
                .andGivenCommands(new RevisitGrantCommand(GRANT, 2, RevisitationDecision.END, "sofie.social", TODAY))
                .whenTimeAdvancesTo(startOf(UNTIL.plusDays(1)))
                .expectNoEvents();
    }
}
