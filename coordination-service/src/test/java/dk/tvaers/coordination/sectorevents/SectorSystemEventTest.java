package dk.tvaers.coordination.sectorevents;

import dk.tvaers.contracts.sectors.v1.PatientAdmitted;
import dk.tvaers.contracts.sectors.v1.PatientDischarged;
import dk.tvaers.contracts.sectors.v1.ReleaseDateSet;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent.Cause;
import dk.tvaers.coordination.sectorevents.api.ReceiveSectorEventCommand;
import dk.tvaers.coordination.sectorevents.api.SectorEventReceivedEvent;
import dk.tvaers.coordination.sectorevents.command.SectorSystemEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

class SectorSystemEventTest {

    private static final UUID EVENT = UUID.fromString("6a1e2f3b-4c5d-4e6f-8a7b-9c0d1e2f3a05");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID ADMISSION = UUID.fromString("4f1c7d3b-2a5e-4b8c-8d9f-3e6a7b8c9d02");
    private static final Instant REPORTED = Instant.parse("2026-12-10T14:00:00Z");
    private static final UUID PROPOSAL = UUID.nameUUIDFromBytes(("follow-up:" + EVENT).getBytes(StandardCharsets.UTF_8));

    private AggregateTestFixture<SectorSystemEvent> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SectorSystemEvent.class);
    }

    @Test
    void anAdmissionLandsOnTheTimelineAndProposesNothing() {
        Map<String, String> facts = Map.of("admissionId", ADMISSION.toString(), "admittedOn", "2026-12-01",
                "admissionType", "inpatient");
        fixture.givenNoPriorActivity()
                .when(new ReceiveSectorEventCommand(EVENT, CITIZEN, "region-midt", "psychiatry",
                        "sectors.PatientAdmitted", REPORTED,
                        new PatientAdmitted(ADMISSION, LocalDate.of(2026, 12, 1), "inpatient"), facts))
                .expectEvents(new SectorEventReceivedEvent(EVENT, CITIZEN, "region-midt", "psychiatry",
                        "sectors.PatientAdmitted", REPORTED, facts));
    }

    @Test
    void aDischargeProposesAFollowUpWithinTheDaysPsychiatryAsks() {
        Map<String, String> facts = Map.of("admissionId", ADMISSION.toString(), "dischargedOn", "2026-12-10",
                "followUpWithinDays", "14");
        fixture.givenNoPriorActivity()
                .when(new ReceiveSectorEventCommand(EVENT, CITIZEN, "region-midt", "psychiatry",
                        "sectors.PatientDischarged", REPORTED,
                        new PatientDischarged(ADMISSION, LocalDate.of(2026, 12, 10), 14), facts))
                .expectEvents(new SectorEventReceivedEvent(EVENT, CITIZEN, "region-midt", "psychiatry",
                                "sectors.PatientDischarged", REPORTED, facts),
                        new FollowUpProposedEvent(PROPOSAL, CITIZEN, "region-midt", "psychiatry",
                                Cause.PATIENT_DISCHARGED, LocalDate.of(2026, 12, 24), EVENT));
    }

    @Test
    void aDischargeWithoutAdviceProposesAFollowUpWithinAWeek() {
        Map<String, String> facts = Map.of("admissionId", ADMISSION.toString(), "dischargedOn", "2026-12-10");
        fixture.givenNoPriorActivity()
                .when(new ReceiveSectorEventCommand(EVENT, CITIZEN, "region-midt", "psychiatry",
                        "sectors.PatientDischarged", REPORTED,
                        new PatientDischarged(ADMISSION, LocalDate.of(2026, 12, 10), null), facts))
                .expectEvents(new SectorEventReceivedEvent(EVENT, CITIZEN, "region-midt", "psychiatry",
                                "sectors.PatientDischarged", REPORTED, facts),
                        new FollowUpProposedEvent(PROPOSAL, CITIZEN, "region-midt", "psychiatry",
                                Cause.PATIENT_DISCHARGED, LocalDate.of(2026, 12, 17), EVENT));
    }

    @Test
    void aReleaseDateProposesAFollowUpTwoWeeksBeforeRelease() {
        UUID custody = UUID.randomUUID();
        Map<String, String> facts = Map.of("custodyId", custody.toString(), "releaseOn", "2027-04-01");
        fixture.givenNoPriorActivity()
                .when(new ReceiveSectorEventCommand(EVENT, CITIZEN, "kriminalforsorgen", "probation",
                        "sectors.ReleaseDateSet", REPORTED, new ReleaseDateSet(custody, LocalDate.of(2027, 4, 1)),
                        facts))
                .expectEvents(new SectorEventReceivedEvent(EVENT, CITIZEN, "kriminalforsorgen", "probation",
                                "sectors.ReleaseDateSet", REPORTED, facts),
                        new FollowUpProposedEvent(PROPOSAL, CITIZEN, "kriminalforsorgen", "probation",
                                Cause.RELEASE_DATE_SET, LocalDate.of(2027, 3, 18), EVENT));
    }

    @Test
    void anImminentReleaseProposesAFollowUpAtOnce() {
        UUID custody = UUID.randomUUID();
        Map<String, String> facts = Map.of("custodyId", custody.toString(), "releaseOn", "2026-12-15");
        fixture.givenNoPriorActivity()
                .when(new ReceiveSectorEventCommand(EVENT, CITIZEN, "kriminalforsorgen", "probation",
                        "sectors.ReleaseDateSet", REPORTED, new ReleaseDateSet(custody, LocalDate.of(2026, 12, 15)),
                        facts))
                .expectEvents(new SectorEventReceivedEvent(EVENT, CITIZEN, "kriminalforsorgen", "probation",
                                "sectors.ReleaseDateSet", REPORTED, facts),
                        new FollowUpProposedEvent(PROPOSAL, CITIZEN, "kriminalforsorgen", "probation",
                                Cause.RELEASE_DATE_SET, LocalDate.of(2026, 12, 10), EVENT));
    }
}
