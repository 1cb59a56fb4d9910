package dk.tvaers.insight;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseloadChanged;
import dk.tvaers.contracts.cases.v1.GrantApproved;
import dk.tvaers.contracts.cases.v1.GrantEnded;
import dk.tvaers.contracts.cases.v1.GrantProposed;
import dk.tvaers.contracts.cases.v1.TeamDefined;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.CoordinatorNeeded;
import dk.tvaers.contracts.coordination.v1.MeetingCancelled;
import dk.tvaers.contracts.coordination.v1.MeetingScheduled;
import dk.tvaers.contracts.offer.v1.BasicRate;
import dk.tvaers.contracts.offer.v1.OfferPublished;
import dk.tvaers.contracts.plan.v1.FollowUpOverdue;
import dk.tvaers.contracts.sectors.v1.BenefitChanged;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import dk.tvaers.contracts.plan.v1.FollowUpRescheduled;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.contracts.plan.v1.SubGoalDropped;
import dk.tvaers.testsupport.Persona;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;

/**
 * Publishes other services' integration events, as those services would, for one organisation of its own
 * (so test classes sharing the broker never count each other's citizens). Every date is in 2023–2025, so the
 * figures for 2024 and 2025 do not depend on the day the test runs.
 */
final class Scenario {

    final String organisation = "it-" + UUID.randomUUID().toString().substring(0, 8);
    final List<UUID> citizens = IntStream.range(0, 15).mapToObj(i -> UUID.randomUUID()).toList();
    final Persona management = new Persona("morten.chef", "Morten Madsen", List.of("management"), null, organisation,
            null);
    final Persona teamLeader = new Persona("lene.leder", "Lene Lund", List.of("team-leader"), "social-services",
            organisation, "voksen-" + organisation);

    private final KafkaTemplate<String, byte[]> kafka;
    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final List<UUID> sent = new ArrayList<>();
    private UUID lastGrant;

    Scenario(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    /** Citizen {@code n} (1-based, as in the tests' hand calculations). */
    UUID c(int n) {
        return citizens.get(n);
    }

    static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }

    static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    <P extends IntegrationPayload> IntegrationEvent<P> send(EventType<P> type, UUID citizen, String key, Instant at,
                                                            String service, String sector, P payload) {
        IntegrationEvent<P> event = IntegrationEvent.of(type, UUID.randomUUID(), at, citizen, organisation,
                new Producer(service, sector), "scenario", payload);
        try {
            kafka.send(new ProducerRecord<>(type.topic(), key, codec.encodeToBytes(event))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        sent.add(event.eventId());
        return event;
    }

    <P extends IntegrationPayload> void citizen(EventType<P> type, UUID citizen, Instant at, String service, P payload) {
        send(type, citizen, citizen.toString(), at, service, null, payload);
    }

    void plan(UUID citizen, String startedOn, int months) {
        citizen(PlanCreated.TYPE, citizen, at(startedOn), "plan-service",
                new PlanCreated(UUID.randomUUID(), "sofie.social", months));
    }

    void followUp(UUID citizen, String heldOn, Integer rating, String... trends) {
        List<FollowUpRecorded.SubGoalReading> readings = Arrays.stream(trends)
                .map(t -> new FollowUpRecorded.SubGoalReading(UUID.randomUUID(), t)).toList();
        citizen(FollowUpRecorded.TYPE, citizen, at(heldOn), "plan-service", new FollowUpRecorded(UUID.randomUUID(),
                UUID.randomUUID(), d(heldOn), d(heldOn).plusMonths(3), rating, readings));
    }

    void grant(UUID citizen, UUID offer, String hoursPerWeek, String from, String until, String sector,
               String legalBasis, boolean external) {
        UUID grant = UUID.randomUUID();
        citizen(GrantProposed.TYPE, citizen, at(from), "case-service", new GrantProposed(grant, UUID.randomUUID(),
                offer, new BigDecimal(hoursPerWeek), d(from), d(until), sector, legalBasis, external, null, external,
                "sofie.social"));
        citizen(GrantApproved.TYPE, citizen, at(from), "case-service", new GrantApproved(grant, offer,
                new BigDecimal(hoursPerWeek), d(from), d(until), sector, legalBasis, "lene.leder", !external));
        lastGrant = grant;
    }

    /**
     * The scenario the insight tests calculate by hand. Citizens c1–c7 have plans, c8–c13 stay in temporary
     * housing (§107), c14 is placed externally.
     */
    void publish() {
        UUID hourly = UUID.randomUUID();
        UUID bosted = UUID.randomUUID();
        UUID unpriced = UUID.randomUUID();
        offer(hourly, "Bostøtte §85", "individual-support", new BasicRate(new BigDecimal("400.00"), BasicRate.HOUR),
                List.of());
        offer(bosted, "Midlertidigt botilbud §107", "service-package",
                new BasicRate(new BigDecimal("1500.00"), BasicRate.DAY), List.of("Ledsagelse til læge"));
        offer(unpriced, "Eksternt botilbud", "service-package", null, List.of());

        // plans: c1–c6 quarterly from 2025-01-01 (c6 yearly from 2025-07-01), c7 yearly from 2025-07-01
        for (int i = 1; i <= 6; i++) {
            plan(c(i), "2025-01-01", 3);
        }
        citizen(FollowUpRescheduled.TYPE, c(6), at("2025-07-01"), "plan-service",
                new FollowUpRescheduled(UUID.randomUUID(), 12, d("2026-07-01")));
        plan(c(7), "2025-07-01", 12);

        // follow-ups held in 2025: c1 4, c2 4, c3 3, c4 3, c5 2, c6 1, c7 1 = 18; ratings 4,5,3,4,5,2,4
        followUp(c(1), "2025-03-01", 4, "improved");
        followUp(c(1), "2025-06-01", 5, "improved");
        followUp(c(1), "2025-09-01", null);
        followUp(c(1), "2025-12-01", null);
        followUp(c(2), "2025-03-01", 3, "improved");
        followUp(c(2), "2025-06-01", null, "unchanged");
        followUp(c(2), "2025-09-01", null);
        followUp(c(2), "2025-12-01", null);
        followUp(c(3), "2025-03-01", 4, "worsened");
        followUp(c(3), "2025-06-01", null);
        followUp(c(3), "2025-09-01", null);
        followUp(c(4), "2025-03-01", 5, "improved");
        followUp(c(4), "2025-06-01", null);
        followUp(c(4), "2025-09-01", null);
        followUp(c(5), "2025-03-01", 2, "first");
        followUp(c(5), "2025-06-01", null, "improved");
        followUp(c(6), "2025-03-01", null, "unchanged");
        followUp(c(7), "2025-10-01", 4);
        citizen(FollowUpOverdue.TYPE, c(5), at("2025-09-02"), "plan-service",
                new FollowUpOverdue(UUID.randomUUID(), d("2025-09-01")));
        citizen(FollowUpOverdue.TYPE, c(6), at("2025-10-02"), "plan-service",
                new FollowUpOverdue(UUID.randomUUID(), d("2025-10-01")));

        // sub-goals: two each for c1–c5 set 2025-02-01; 6 achieved, 2 dropped, 2 open
        int n = 0;
        for (int i = 1; i <= 5; i++) {
            for (int j = 0; j < 2; j++, n++) {
                UUID subGoal = UUID.randomUUID();
                citizen(SubGoalAdded.TYPE, c(i), at("2025-02-01"), "plan-service", new SubGoalAdded(UUID.randomUUID(),
                        subGoal, UUID.randomUUID(), "social-services", "health", 1, "open", d("2025-08-01"),
                        d("2025-02-01")));
                if (n < 6) {
                    citizen(SubGoalAchieved.TYPE, c(i), at("2025-09-01"), "plan-service", new SubGoalAchieved(
                            UUID.randomUUID(), subGoal, "social-services", "achieved", d("2025-09-01"), 2));
                } else if (n < 8) {
                    citizen(SubGoalDropped.TYPE, c(i), at("2025-09-01"), "plan-service", new SubGoalDropped(
                            UUID.randomUUID(), subGoal, "social-services", "dropped", d("2025-09-01"), 2));
                }
            }
        }

        // coordination: c1–c5 get a coordinator in March; c5's leaves in October; three meetings, one cancelled
        for (int i = 1; i <= 5; i++) {
            citizen(CoordinatorDesignated.TYPE, c(i), at("2025-03-01"), "coordination-service",
                    new CoordinatorDesignated("sofie.social", "social-services", organisation, null, null));
        }
        citizen(CoordinatorNeeded.TYPE, c(5), at("2025-10-01"), "coordination-service",
                new CoordinatorNeeded("coordinator-case-closed", "sofie.social", "social-services",
                        List.of("jobcenter", "social-services")));
        meeting(c(1), "2025-04-01", false);
        meeting(c(2), "2025-05-01", false);
        meeting(c(3), "2025-06-01", true);

        // cases: c1–c7 in social services, c1–c5 at the jobcenter, all from 2025-01-01
        for (int i = 1; i <= 7; i++) {
            caseOpened(c(i), "social-services");
        }
        for (int i = 1; i <= 5; i++) {
            caseOpened(c(i), "jobcenter");
        }

        // grants: c1–c5 5 h/week hourly all 2025; §107 stays for c8–c13; c14 placed externally, unpriced
        for (int i = 1; i <= 5; i++) {
            grant(c(i), hourly, "5", "2025-01-01", "2025-12-31", "social-services", "SEL §85", false);
        }
        grant(c(8), bosted, "1", "2023-07-01", "2025-06-30", "social-services", "SEL §107", false);
        grant(c(9), bosted, "1", "2024-07-01", "2025-06-30", "social-services", "SEL §107", false);
        grant(c(10), bosted, "1", "2025-01-01", "2025-12-31", "social-services", "SEL §107", false);
        grant(c(11), bosted, "1", "2024-01-01", "2024-12-31", "social-services", "Serviceloven §107", false);
        grant(c(11), bosted, "1", "2025-01-01", "2025-03-31", "social-services", "Serviceloven §107", false);
        grant(c(12), bosted, "1", "2025-04-01", "2025-12-31", "social-services", "SEL §107", false);
        citizen(GrantEnded.TYPE, c(12), at("2025-10-01"), "case-service", new GrantEnded(lastGrant, bosted,
                BigDecimal.ONE, d("2025-04-01"), d("2025-12-31"), "social-services", "SEL §107", d("2025-09-30"),
                GrantEnded.REVISITED));
        grant(c(13), bosted, "1", "2025-10-01", "2026-12-31", "social-services", "SEL §107", false);
        grant(c(14), unpriced, "2", "2025-01-01", "2025-12-31", "psychiatry", "Serviceloven §85", true);

        // public benefits (the jobcenter's system): c1–c6 on kontanthjælp from 2024; c1, c2, c3 leave on
        // 2025-06-01, 07-01 and 08-01; c4 moves to ressourceforløbsydelse on 2025-03-01
        for (int i = 1; i <= 6; i++) {
            benefit(c(i), null, "kontanthjaelp", "2024-01-01");
        }
        benefit(c(1), "kontanthjaelp", null, "2025-06-01");
        benefit(c(2), "kontanthjaelp", null, "2025-07-01");
        benefit(c(3), "kontanthjaelp", null, "2025-08-01");
        benefit(c(4), "kontanthjaelp", "ressourceforloebsydelse", "2025-03-01");

        // teams and caseloads
        team("voksen-" + organisation, "social-services", "Voksenteamet", 50);
        team("job-" + organisation, "jobcenter", "Jobindsats", 35);
        caseload("a-" + organisation, "voksen-" + organisation, 48, 50, "2025-01-10");
        caseload("a-" + organisation, "voksen-" + organisation, 55, 50, "2025-06-01");
        caseload("b-" + organisation, "voksen-" + organisation, 40, 50, "2025-02-01");
        caseload("b-" + organisation, "voksen-" + organisation, 45, 50, "2025-11-01");
        caseload("c-" + organisation, "job-" + organisation, 30, 35, "2025-03-01");
    }

    private void offer(UUID offer, String title, String kind, BasicRate rate, List<String> doubleBilled) {
        send(OfferPublished.TYPE, null, offer.toString(), at("2023-01-01"), "offer-service", null,
                new OfferPublished(offer, 1, title, kind, "bosted-aaen", "referral", List.of("social-services"),
                        List.of("housing"), 10, 26, rate, doubleBilled));
    }

    private void benefit(UUID citizen, String from, String to, String on) {
        send(BenefitChanged.TYPE, citizen, citizen.toString(), at(on), "jobcenter-system", "jobcenter",
                new BenefitChanged(from, to, d(on)));
    }

    private void meeting(UUID citizen, String day, boolean cancelled) {
        UUID meeting = UUID.randomUUID();
        citizen(MeetingScheduled.TYPE, citizen, at("2025-01-15"), "coordination-service", new MeetingScheduled(meeting,
                at(day), List.of("social-services", "jobcenter"), true, List.of(), "sofie.social"));
        if (cancelled) {
            citizen(MeetingCancelled.TYPE, citizen, at("2025-01-20"), "coordination-service",
                    new MeetingCancelled(meeting, "sofie.social", at("2025-01-20")));
        }
    }

    private void caseOpened(UUID citizen, String sector) {
        citizen(CaseOpened.TYPE, citizen, at("2025-01-01"), "case-service",
                new CaseOpened(UUID.randomUUID(), sector, "SEL §85", "sofie.social", d("2025-01-01")));
    }

    private void team(String team, String sector, String name, int recommended) {
        send(TeamDefined.TYPE, null, team, at("2024-12-01"), "case-service", sector,
                new TeamDefined(team, sector, name, recommended, d("2024-12-01")));
    }

    private void caseload(String caseworker, String team, int caseload, int recommended, String on) {
        send(CaseloadChanged.TYPE, null, caseworker, at(on), "case-service", null,
                new CaseloadChanged(caseworker, team, caseload, recommended, d(on)));
    }

    /** The ids of every event sent, to wait until the service has taken them all in. */
    List<UUID> sent() {
        return List.copyOf(sent);
    }
}
