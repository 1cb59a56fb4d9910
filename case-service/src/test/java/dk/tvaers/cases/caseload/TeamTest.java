package dk.tvaers.cases.caseload;

import dk.tvaers.cases.BrokenRule;
import dk.tvaers.cases.caseload.api.ChangeTeamSettingsCommand;
import dk.tvaers.cases.caseload.api.DefineTeamCommand;
import dk.tvaers.cases.caseload.api.TeamDefinedEvent;
import dk.tvaers.cases.caseload.api.TeamSettingsChangedEvent;
import dk.tvaers.cases.caseload.command.Team;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

class TeamTest {

    private static final BigDecimal FIVE = new BigDecimal("5");

    private AggregateTestFixture<Team> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Team.class);
    }

    private static DefineTeamCommand define(int recommended, BigDecimal authority, boolean seed) {
        return new DefineTeamCommand("voksen-holstebro", "holstebro", "social-services", "Voksenteamet", recommended,
                authority, seed);
    }

    private static TeamDefinedEvent defined() {
        return new TeamDefinedEvent("voksen-holstebro", "holstebro", "social-services", "Voksenteamet", 50, FIVE);
    }

    @Test
    void definesATeamWithItsRecommendedCaseloadAndAuthority() {
        fixture.givenNoPriorActivity()
                .when(define(50, FIVE, false))
                .expectEvents(defined());
    }

    @Test
    void rejectsDefiningAnExistingTeam() {
        fixture.given(defined())
                .when(define(70, FIVE, false))
                .expectException(BrokenRule.named("team.exists"))
                .expectNoEvents();
    }

    @Test
    void seedingAnExistingTeamLeavesItAsItIs() {
        fixture.given(defined())
                .when(define(120, FIVE, true))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void rejectsARecommendedCaseloadOutOfRange() {
        fixture.givenNoPriorActivity()
                .when(define(0, FIVE, false))
                .expectException(BrokenRule.named("team.recommended-caseload-out-of-range"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(define(201, FIVE, false))
                .expectException(BrokenRule.named("team.recommended-caseload-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void rejectsANegativeAuthority() {
        fixture.givenNoPriorActivity()
                .when(define(50, new BigDecimal("-1"), false))
                .expectException(BrokenRule.named("team.authority-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnAuthorityOverFortyHoursAWeek() {
        fixture.givenNoPriorActivity()
                .when(define(50, new BigDecimal("40.01"), false))
                .expectException(BrokenRule.named("team.authority-out-of-range"))
                .expectNoEvents();
    }

    @Test
    void mayGiveTheFullFortyHoursOfAuthority() {
        fixture.givenNoPriorActivity()
                .when(define(50, new BigDecimal("40"), false))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsATeamWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new DefineTeamCommand("voksen-holstebro", "holstebro", "social-services", " ", 50, FIVE, false))
                .expectException(BrokenRule.named("team.name-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsATeamOfNoKnownSector() {
        fixture.givenNoPriorActivity()
                .when(new DefineTeamCommand("voksen-holstebro", "holstebro", "Social Services", "Voksenteamet", 50,
                        FIVE, false))
                .expectException(BrokenRule.named("team.sector-invalid"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnInvalidTeamId() {
        fixture.givenNoPriorActivity()
                .when(new DefineTeamCommand("Voksen Holstebro", "holstebro", "social-services", "Voksenteamet", 50,
                        FIVE, false))
                .expectException(BrokenRule.named("team.id-invalid"))
                .expectNoEvents();
    }

    @Test
    void changesTheRecommendedCaseloadAndAuthority() {
        fixture.given(defined())
                .when(new ChangeTeamSettingsCommand("voksen-holstebro", 0, "Voksenteamet", 70, new BigDecimal("7.5")))
                .expectEvents(new TeamSettingsChangedEvent("voksen-holstebro", "holstebro", "Voksenteamet", 70,
                        new BigDecimal("7.5")));
    }

    @Test
    void rejectsAChangeBasedOnAStaleVersion() {
        fixture.given(defined(), new TeamSettingsChangedEvent("voksen-holstebro", "holstebro", "Voksenteamet", 70,
                        FIVE))
                .when(new ChangeTeamSettingsCommand("voksen-holstebro", 0, "Voksenteamet", 60, FIVE))
                .expectException(BrokenRule.named("team.stale"))
                .expectNoEvents();
    }

    @Test
    void aChangeObeysTheSameRulesAsTheDefinition() {
        fixture.given(defined())
                .when(new ChangeTeamSettingsCommand("voksen-holstebro", 0, "", 70, FIVE))
                .expectException(BrokenRule.named("team.name-required"))
                .expectNoEvents();
        fixture.given(defined())
                .when(new ChangeTeamSettingsCommand("voksen-holstebro", 0, "Voksenteamet", 201, FIVE))
                .expectException(BrokenRule.named("team.recommended-caseload-out-of-range"))
                .expectNoEvents();
        fixture.given(defined())
                .when(new ChangeTeamSettingsCommand("voksen-holstebro", 0, "Voksenteamet", 70, new BigDecimal("41")))
                .expectException(BrokenRule.named("team.authority-out-of-range"))
                .expectNoEvents();
        fixture.given(defined())
                .when(new ChangeTeamSettingsCommand("voksen-holstebro", 0, "Voksenteamet", 70, new BigDecimal("7.555")))
                .expectException(BrokenRule.named("team.authority-out-of-range"))
                .expectNoEvents();
    }
}
