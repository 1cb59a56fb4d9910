package dk.tvaers.coordination.consent;

import dk.tvaers.coordination.consent.api.ConsentGivenEvent;
import dk.tvaers.coordination.consent.api.ConsentLimitedEvent;
import dk.tvaers.coordination.consent.api.ConsentWithdrawnEvent;
import dk.tvaers.coordination.consent.api.GiveConsentCommand;
import dk.tvaers.coordination.consent.api.LimitConsentCommand;
import dk.tvaers.coordination.consent.api.WithdrawConsentCommand;
import dk.tvaers.coordination.consent.command.Consent;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

class ConsentTest {

    private static final UUID CONSENT = UUID.fromString("2f6c1b0e-7d4a-4e3b-9a8c-5b1d2e3f4a50");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 23);
    private static final LocalDate UNTIL = LocalDate.of(2027, 11, 23);
    private static final List<String> THREE_SECTORS = List.of("jobcenter", "social-services", "addiction-centre");

    private static final ConsentGivenEvent GIVEN = new ConsentGivenEvent(CONSENT, CITIZEN, "holstebro",
            THREE_SECTORS, List.of("plan", "sector-events"), FROM, UNTIL, "sofie.social", "social-services");

    private AggregateTestFixture<Consent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Consent.class);
    }

    private static GiveConsentCommand give(List<String> sectors, List<String> categories, LocalDate until) {
        return new GiveConsentCommand(CONSENT, CITIZEN, "holstebro", sectors, categories, FROM, until,
                "sofie.social", "social-services");
    }

    @Test
    void recordsAConsentWithItsSectorsCategoriesAndPeriod() {
        fixture.givenNoPriorActivity()
                .when(give(THREE_SECTORS, List.of("plan", "sector-events"), UNTIL))
                .expectEvents(GIVEN);
    }

    @Test
    void aConsentWithoutAnEndDateLastsUntilWithdrawn() {
        fixture.givenNoPriorActivity()
                .when(give(List.of("jobcenter", "psychiatry"), List.of("*"), null))
                .expectEvents(new ConsentGivenEvent(CONSENT, CITIZEN, "holstebro", List.of("jobcenter", "psychiatry"),
                        List.of("*"), FROM, null, "sofie.social", "social-services"));
    }

    @Test
    void rejectsAConsentBetweenFewerThanTwoSectors() {
        fixture.givenNoPriorActivity()
                .when(give(List.of("jobcenter"), List.of("plan"), UNTIL))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnUnknownCategory() {
        fixture.givenNoPriorActivity()
                .when(give(THREE_SECTORS, List.of("plan", "health-records"), UNTIL))
                .expectException(RuleViolationException.class)
                .expectExceptionMessage("'health-records' is not a category; use one of "
                        + dk.tvaers.contracts.ConsentCategories.KNOWN + ".");
    }

    @Test
    void rejectsAConsentThatEndsBeforeItStarts() {
        fixture.givenNoPriorActivity()
                .when(give(THREE_SECTORS, List.of("plan"), FROM.minusDays(1)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void limitsAConsentToFewerSectorsAndCategories() {
        fixture.given(GIVEN)
                .when(new LimitConsentCommand(CONSENT, CITIZEN, List.of("jobcenter", "social-services"), List.of("plan"), UNTIL,
                        "sofie.social", "social-services"))
                .expectEvents(new ConsentLimitedEvent(CONSENT, CITIZEN, "holstebro",
                        List.of("jobcenter", "social-services"), List.of("plan"), UNTIL, "sofie.social",
                        "social-services"));
    }

    @Test
    void aLimitCannotAddASector() {
        fixture.given(GIVEN)
                .when(new LimitConsentCommand(CONSENT, CITIZEN, List.of("jobcenter", "probation"), List.of("plan"), UNTIL,
                        "sofie.social", "social-services"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aLimitCannotAddACategory() {
        fixture.given(GIVEN)
                .when(new LimitConsentCommand(CONSENT, CITIZEN, THREE_SECTORS, List.of("plan", "referrals"), UNTIL,
                        "sofie.social", "social-services"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aLimitCannotExtendTheConsent() {
        fixture.given(GIVEN)
                .when(new LimitConsentCommand(CONSENT, CITIZEN, THREE_SECTORS, List.of("plan"), null, "sofie.social",
                        "social-services"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aLimitThatChangesNothingIsRejected() {
        fixture.given(GIVEN)
                .when(new LimitConsentCommand(CONSENT, CITIZEN, THREE_SECTORS, List.of("sector-events", "plan"), UNTIL,
                        "sofie.social", "social-services"))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawalTakesEffectWithItsTime() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        fixture.given(GIVEN)
                .when(new WithdrawConsentCommand(CONSENT, CITIZEN, now, "jonas.job", "jobcenter"))
                .expectEvents(new ConsentWithdrawnEvent(CONSENT, CITIZEN, "holstebro", now, "jonas.job", "jobcenter"));
    }

    @Test
    void aWithdrawnConsentCannotBeWithdrawnAgain() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        fixture.given(GIVEN, new ConsentWithdrawnEvent(CONSENT, CITIZEN, "holstebro", now, "jonas.job", "jobcenter"))
                .when(new WithdrawConsentCommand(CONSENT, CITIZEN, now.plusSeconds(60), "jonas.job", "jobcenter"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anotherCitizensConsentIsNotFound() {
        fixture.given(GIVEN)
                .when(new WithdrawConsentCommand(CONSENT, UUID.randomUUID(), Instant.now(), "jonas.job", "jobcenter"))
                .expectException(dk.tvaers.platform.domain.NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnConsentCannotBeLimited() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        fixture.given(GIVEN, new ConsentWithdrawnEvent(CONSENT, CITIZEN, "holstebro", now, "jonas.job", "jobcenter"))
                .when(new LimitConsentCommand(CONSENT, CITIZEN, List.of("jobcenter", "social-services"), List.of("plan"), UNTIL,
                        "sofie.social", "social-services"))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
