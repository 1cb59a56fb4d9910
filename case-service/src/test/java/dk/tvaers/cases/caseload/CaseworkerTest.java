package dk.tvaers.cases.caseload;

import dk.tvaers.cases.BrokenRule;
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
import dk.tvaers.cases.caseload.command.Caseworker;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class CaseworkerTest {

    private static final String SOFIE = "sofie.social";
    private static final UUID CASE_1 = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID CASE_2 = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID CASE_3 = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private AggregateTestFixture<Caseworker> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Caseworker.class);
    }

    private static CaseworkerJoinedTeamEvent joined(int recommended) {
        return new CaseworkerJoinedTeamEvent(SOFIE, "holstebro", "voksen-holstebro", recommended);
    }

    private static CaseloadChangedEvent changed(int caseload, int recommended) {
        return new CaseloadChangedEvent(SOFIE, "holstebro", "voksen-holstebro", caseload, recommended);
    }

    private static CaseAddedToCaseloadEvent added(UUID caseId, int caseload) {
        return new CaseAddedToCaseloadEvent(SOFIE, caseId, "holstebro", caseload);
    }

    @Test
    void joinsATeamAndIsMeasuredAgainstItsRecommendedCaseload() {
        fixture.givenNoPriorActivity()
                .when(new AssignCaseworkerToTeamCommand(SOFIE, "holstebro", "voksen-holstebro", 50, false))
                .expectEvents(joined(50), changed(0, 50));
    }

    @Test
    void rejectsARecommendedCaseloadBelowOne() {
        fixture.givenNoPriorActivity()
                .when(new AssignCaseworkerToTeamCommand(SOFIE, "holstebro", "voksen-holstebro", 0, false))
                .expectException(BrokenRule.named("caseload.recommended-caseload-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void everyChangeOfTheCaseloadIsRecordedWithTheRecommendationItIsMeasuredAgainst() {
        fixture.given(joined(50), added(CASE_1, 1))
                .when(new RemoveCaseFromCaseloadCommand(SOFIE, CASE_1))
                .expectEvents(new CaseRemovedFromCaseloadEvent(SOFIE, CASE_1, 0), changed(0, 50));
    }

    @Test
    void seedingKeepsACaseworkersCurrentTeam() {
        fixture.given(new CaseworkerJoinedTeamEvent(SOFIE, "holstebro", "job-indsats", 35))
                .when(new AssignCaseworkerToTeamCommand(SOFIE, "holstebro", "voksen-holstebro", 50, true))
                .expectNoEvents();
    }

    @Test
    void countsAnOpenCaseOnce() {
        fixture.given(joined(50), added(CASE_1, 1))
                .when(new AddCaseToCaseloadCommand(SOFIE, CASE_1, "holstebro"))
                .expectNoEvents();
    }

    @Test
    void goingAboveTheRecommendedCaseloadRaisesAWarningOnce() {
        fixture.given(joined(2), added(CASE_1, 1), added(CASE_2, 2))
                .when(new AddCaseToCaseloadCommand(SOFIE, CASE_3, "holstebro"))
                .expectEvents(added(CASE_3, 3), changed(3, 2),
                        new CaseloadExceededEvent(SOFIE, "holstebro", "voksen-holstebro", 3, 2));
    }

    @Test
    void anotherCaseAboveTheRecommendationRaisesNoSecondWarning() {
        fixture.given(joined(1), added(CASE_1, 1), added(CASE_2, 2),
                        new CaseloadExceededEvent(SOFIE, "holstebro", "voksen-holstebro", 2, 1))
                .when(new AddCaseToCaseloadCommand(SOFIE, CASE_3, "holstebro"))
                .expectEvents(added(CASE_3, 3), changed(3, 1));
    }

    @Test
    void comingBackToTheRecommendationEndsTheWarning() {
        fixture.given(joined(1), added(CASE_1, 1), added(CASE_2, 2),
                        new CaseloadExceededEvent(SOFIE, "holstebro", "voksen-holstebro", 2, 1))
                .when(new RemoveCaseFromCaseloadCommand(SOFIE, CASE_2))
                .expectEvents(new CaseRemovedFromCaseloadEvent(SOFIE, CASE_2, 1), changed(1, 1),
                        new CaseloadWithinRecommendationEvent(SOFIE, "voksen-holstebro", 1, 1));
    }

    @Test
    void aLowerRecommendationCanPutTheCaseloadAboveIt() {
        fixture.given(joined(50), added(CASE_1, 1), added(CASE_2, 2))
                .when(new ApplyRecommendedCaseloadCommand(SOFIE, "voksen-holstebro", 1))
                .expectEvents(new RecommendedCaseloadChangedEvent(SOFIE, "voksen-holstebro", 1), changed(2, 1),
                        new CaseloadExceededEvent(SOFIE, "holstebro", "voksen-holstebro", 2, 1));
    }

    @Test
    void anotherTeamsRecommendationDoesNotApply() {
        fixture.given(joined(50))
                .when(new ApplyRecommendedCaseloadCommand(SOFIE, "job-indsats", 1))
                .expectNoEvents();
    }

    @Test
    void aCaseworkerWithoutATeamIsNeverWarned() {
        fixture.givenNoPriorActivity()
                .when(new AddCaseToCaseloadCommand(SOFIE, CASE_1, "holstebro"))
                .expectEvents(added(CASE_1, 1),
                        new CaseloadChangedEvent(SOFIE, "holstebro", null, 1, null));
    }

    @Test
    void removingACaseNotInTheCaseloadChangesNothing() {
        fixture.given(joined(50), added(CASE_1, 1))
                .when(new RemoveCaseFromCaseloadCommand(SOFIE, CASE_2))
                .expectNoEvents();
    }
}
