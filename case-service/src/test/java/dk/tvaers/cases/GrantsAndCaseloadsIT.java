package dk.tvaers.cases;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.cases.caseload.api.AddCaseToCaseloadCommand;
import dk.tvaers.cases.caseload.api.CaseloadChangedEvent;
import dk.tvaers.cases.caseload.api.RemoveCaseFromCaseloadCommand;
import dk.tvaers.cases.caseload.command.Caseworker;
import dk.tvaers.cases.grant.api.DrawFromFrameCommand;
import dk.tvaers.cases.grant.api.FrameGrantDrawnEvent;
import dk.tvaers.cases.grant.api.GrantFrameCommand;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseloadChanged;
import dk.tvaers.contracts.cases.v1.CaseloadExceeded;
import dk.tvaers.contracts.cases.v1.TeamDefined;
import dk.tvaers.contracts.cases.v1.GrantApproved;
import dk.tvaers.contracts.cases.v1.GrantEnded;
import dk.tvaers.contracts.cases.v1.GrantProposed;
import dk.tvaers.contracts.cases.v1.GrantRejected;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TopicProbe;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Grants within and above a caseworker's authority, the visitation meeting, frame grants under concurrent
 * draws, grants ending by themselves and the §85 revisitation list; caseloads against a team's
 * recommendation. On the real PostgreSQL and Kafka.
 */
@ServiceIntegrationTest(properties = "spring.config.name=case-service")
class GrantsAndCaseloadsIT {

    static final String SEL_85 = "Serviceloven §85";

    @LocalServerPort
    int port;

    @Autowired
    CitizenAccess access;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    final IntegrationEventCodec codec = new IntegrationEventCodec();
    CaseApi api;
    RestClient sofie;
    RestClient lene;

    @BeforeEach
    void setUp() {
        api = new CaseApi(port, access);
        sofie = TestApi.as(Persona.SOFIE_SOCIAL, port);
        lene = TestApi.as(Persona.LENE_TEAM_LEADER, port);
    }

    record Case(UUID citizenId, UUID caseId) {
    }

    private Case citizenWithSocialCase() {
        UUID citizen = api.register(Persona.SOFIE_SOCIAL);
        UUID caseId = api.openCaseAndWorkWith(Persona.SOFIE_SOCIAL, citizen);
        return new Case(citizen, caseId);
    }

    private Map<String, Object> grant(Case c, String hours, LocalDate from, LocalDate until, boolean external,
                                      UUID frame) {
        Map<String, Object> body = new HashMap<>(Map.of("citizenId", c.citizenId(), "caseId", c.caseId(),
                "offerId", UUID.randomUUID(), "hoursPerWeek", new BigDecimal(hours), "validFrom", from,
                "validUntil", until, "legalBasis", SEL_85, "externalPlacement", external));
        if (frame != null) {
            body.put("frameGrantId", frame);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> propose(Map<String, Object> body) {
        var response = sofie.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("proposing: %s", response.getBody()).isEqualTo(201);
        return response.getBody();
    }

    private IntegrationEvent<?> awaitEvent(TopicProbe probe, Predicate<IntegrationEvent<?>> condition) {
        return codec.decode(probe.await(r -> condition.test(codec.decode(r.value())), Duration.ofSeconds(30)).value());
    }

    private static boolean grantEvent(IntegrationEvent<?> event, String type, UUID grantId) {
        return event.type().equals(type) && event.payload().toString().contains(grantId.toString());
    }

    @Test
    void withinAuthorityAGrantIsInForceAtOnceAboveItTheVisitationMeetingDecides() {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();

        Map<String, Object> small = propose(grant(c, "4.5", today, today.plusMonths(6), false, null));
        assertThat(small).containsEntry("awaitingVisitation", false);
        UUID smallGrant = UUID.fromString((String) small.get("grantId"));
        Map<String, Object> large = propose(grant(c, "8", today, today.plusMonths(6), false, null));
        assertThat(large).containsEntry("awaitingVisitation", true);
        UUID largeGrant = UUID.fromString((String) large.get("grantId"));
        Map<String, Object> external = propose(grant(c, "1", today, today.plusMonths(6), true, null));
        assertThat(external).containsEntry("awaitingVisitation", true);
        UUID externalGrant = UUID.fromString((String) external.get("grantId"));

        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(lene.get().uri("/api/grants/visitation")
                .retrieve().body(List.class).toString()).contains(largeGrant.toString(), externalGrant.toString())
                .doesNotContain(smallGrant.toString()));
        assertThat(sofie.post().uri("/api/grants/{id}/approval", largeGrant).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0)).retrieve().toEntity(String.class).getStatusCode().value())
                .as("a caseworker cannot approve").isEqualTo(403);
        var stale = lene.post().uri("/api/grants/{id}/approval", largeGrant).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 4)).retrieve().toEntity(Map.class);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(lene.post().uri("/api/grants/{id}/approval", largeGrant).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0)).retrieve().toEntity(Map.class).getStatusCode().value())
                .isEqualTo(200);
        var noReason = lene.post().uri("/api/grants/{id}/rejection", externalGrant)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("expectedVersion", 0))
                .retrieve().toEntity(Map.class);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().get("errors").toString()).contains("field=reason");
        assertThat(lene.post().uri("/api/grants/{id}/rejection", externalGrant).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "reason", "Kommunens eget botilbud dækker behovet"))
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(200);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var smallApproved = awaitEvent(probe, e -> grantEvent(e, "case.GrantApproved", smallGrant));
            assertThat(smallApproved.payloadAs(GrantApproved.TYPE).withinAuthority()).isTrue();
            assertThat(smallApproved.payloadAs(GrantApproved.TYPE).approvedBy()).isEqualTo("sofie.social");
            assertThat(smallApproved.citizenId()).isEqualTo(c.citizenId());
            var largeProposed = awaitEvent(probe, e -> grantEvent(e, "case.GrantProposed", largeGrant));
            assertThat(largeProposed.payloadAs(GrantProposed.TYPE).awaitingVisitation()).isTrue();
            assertThat(largeProposed.payloadAs(GrantProposed.TYPE).hoursPerWeek()).isEqualByComparingTo("8");
            var largeApproved = awaitEvent(probe, e -> grantEvent(e, "case.GrantApproved", largeGrant));
            assertThat(largeApproved.payloadAs(GrantApproved.TYPE).approvedBy()).isEqualTo("lene.leder");
            assertThat(largeApproved.payloadAs(GrantApproved.TYPE).withinAuthority()).isFalse();
            var rejected = awaitEvent(probe, e -> grantEvent(e, "case.GrantRejected", externalGrant));
            assertThat(rejected.payloadAs(GrantRejected.TYPE).reason()).as("stays in case-service").isNull();
            assertThat(rejected.payloadAs(GrantRejected.TYPE).rejectedBy()).isEqualTo("lene.leder");
            assertThat(rejected.payloadAs(GrantRejected.TYPE).sector()).isEqualTo("social-services");
        }
    }

    private UUID frame(Case c, int budgetHours, LocalDate from, LocalDate until) {
        var framed = lene.post().uri("/api/grants/frames").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", c.citizenId(), "caseId", c.caseId(), "budgetHours", budgetHours,
                        "validFrom", from, "validUntil", until, "legalBasis", SEL_85))
                .retrieve().toEntity(Map.class);
        assertThat(framed.getStatusCode().value()).as("%s", framed.getBody()).isEqualTo(201);
        return UUID.fromString((String) framed.getBody().get("frameGrantId"));
    }

    private void awaitDrawn(UUID frame, String hours) {
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(new BigDecimal(sofie.get()
                .uri("/api/grants/frames/{id}", frame).retrieve().body(Map.class).get("drawnHours").toString()))
                .isEqualByComparingTo(hours));
    }

    @Test
    void aGrantFromAFrameAboveTheAuthorityStillWaitsForTheVisitationMeetingAndARejectionGivesItsHoursBack() {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        LocalDate until = today.plusDays(27);
        UUID frame = frame(c, 200, today, until);

        // four weeks: 8 h a week take 32 hours, 1 h a week 4, 2 h a week 8
        Map<String, Object> large = propose(grant(c, "8", today, until, false, frame));
        assertThat(large).as("above the caseworker's 5 hours").containsEntry("awaitingVisitation", true);
        UUID largeGrant = UUID.fromString((String) large.get("grantId"));
        Map<String, Object> external = propose(grant(c, "1", today, until, true, frame));
        assertThat(external).as("an external placement").containsEntry("awaitingVisitation", true);
        UUID externalGrant = UUID.fromString((String) external.get("grantId"));
        Map<String, Object> small = propose(grant(c, "2", today, until, false, frame));
        assertThat(small).containsEntry("awaitingVisitation", false);
        UUID smallGrant = UUID.fromString((String) small.get("grantId"));

        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(lene.get().uri("/api/grants/visitation")
                .retrieve().body(List.class).toString()).contains(largeGrant.toString(), externalGrant.toString())
                .doesNotContain(smallGrant.toString()));
        awaitDrawn(frame, "44");
        assertThat(sofie.get().uri("/api/grants/{id}", smallGrant).retrieve().body(Map.class))
                .containsEntry("status", "APPROVED");

        assertThat(lene.post().uri("/api/grants/{id}/rejection", largeGrant).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "reason", "Gruppeforløb dækker behovet"))
                .retrieve().toEntity(Map.class).getStatusCode().value()).isEqualTo(200);
        assertThat(lene.post().uri("/api/grants/{id}/approval", externalGrant).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0)).retrieve().toEntity(Map.class).getStatusCode().value())
                .isEqualTo(200);

        awaitDrawn(frame, "12");
        await().atMost(CaseApi.WAIT).untilAsserted(() -> {
            assertThat(sofie.get().uri("/api/grants/{id}", largeGrant).retrieve().body(Map.class))
                    .containsEntry("status", "REJECTED");
            assertThat(sofie.get().uri("/api/grants/{id}", externalGrant).retrieve().body(Map.class))
                    .containsEntry("status", "APPROVED");
        });
    }

    @Test
    void anotherSectorOrOrganisationCannotDrawFromTheFrame() {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        LocalDate until = today.plusDays(27);
        UUID frame = frame(c, 200, today, until);
        UUID jobcenterCase = api.openCaseAndWorkWith(Persona.JONAS_JOB, c.citizenId());
        UUID psychiatryCase = api.openCaseAndWorkWith(Persona.PETER_PSYCHIATRY, c.citizenId());

        var fromJobcenter = TestApi.as(Persona.JONAS_JOB, port).post().uri("/api/grants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(grant(new Case(c.citizenId(), jobcenterCase), "2", today, until, false, frame))
                .retrieve().toEntity(Map.class);
        assertThat(fromJobcenter.getStatusCode().value()).isEqualTo(422);
        assertThat(fromJobcenter.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(fromJobcenter.getBody()).containsEntry("rule", "frame.other-sector");
        assertThat(fromJobcenter.getBody().get("errors").toString()).contains("field=frameGrantId");

        var fromRegion = TestApi.as(Persona.PETER_PSYCHIATRY, port).post().uri("/api/grants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(grant(new Case(c.citizenId(), psychiatryCase), "2", today, until, false, frame))
                .retrieve().toEntity(Map.class);
        assertThat(fromRegion.getStatusCode().value()).isEqualTo(422);
        assertThat(fromRegion.getBody()).containsEntry("rule", "frame.other-organisation");

        assertThat(eventStore.readEvents(frame.toString()).asStream()
                .filter(event -> event.getPayload() instanceof FrameGrantDrawnEvent)).as("nothing drawn").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%GrantProposedEvent' "
                        + "AND convert_from(payload, 'UTF8')::jsonb ->> 'frameGrantId' = ?")
                .param(frame.toString()).query(Long.class).single()).as("and no grant").isZero();
    }

    @Test
    void theAuthorityIsThatOfTheTeamCaseServiceRecordsTheCaseworkerInAndFollowsItsChanges() {
        // the token still names the caseworker's old team (5 hours); case-service knows better
        Persona rikke = new Persona("rikke.social", "Rikke Rasmussen", List.of("caseworker"), "social-services",
                "holstebro", "voksen-holstebro");
        RestClient asRikke = TestApi.as(rikke, port);
        var defined = lene.post().uri("/api/teams").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("teamId", "bevilling-test", "name", "Bevillingstest", "recommendedCaseload", 50,
                        "authorityHoursPerWeek", 2))
                .retrieve().toEntity(Map.class);
        assertThat(defined.getStatusCode().value()).as("%s", defined.getBody()).isEqualTo(201);
        await().atMost(CaseApi.WAIT).until(() -> lene.get().uri("/api/teams/bevilling-test").retrieve()
                .toEntity(String.class).getStatusCode().value() == 200);
        assertThat(lene.put().uri("/api/teams/bevilling-test/members/rikke.social").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(204);
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(asRikke.get().uri("/api/caseworkers/me/caseload")
                .retrieve().body(Map.class)).containsEntry("teamId", "bevilling-test"));
        UUID citizen = api.register(rikke);
        Case c = new Case(citizen, api.openCaseAndWorkWith(rikke, citizen));
        LocalDate today = DanishTime.today();

        var threeHours = asRikke.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                .body(grant(c, "3", today, today.plusMonths(6), false, null)).retrieve().toEntity(Map.class);
        assertThat(threeHours.getStatusCode().value()).isEqualTo(201);
        assertThat(threeHours.getBody()).as("above the recorded team's 2 hours")
                .containsEntry("awaitingVisitation", true);

        var raised = lene.put().uri("/api/teams/bevilling-test").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "name", "Bevillingstest", "recommendedCaseload", 50,
                        "authorityHoursPerWeek", 7.5)).retrieve().toEntity(String.class);
        assertThat(raised.getStatusCode().value()).as("%s", raised.getBody()).isEqualTo(200);
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(new BigDecimal(lene.get()
                .uri("/api/teams/bevilling-test").retrieve().body(Map.class).get("authorityHoursPerWeek").toString()))
                .isEqualByComparingTo("7.5"));

        var sevenHours = asRikke.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                .body(grant(c, "7", today, today.plusMonths(6), false, null)).retrieve().toEntity(Map.class);
        assertThat(sevenHours.getStatusCode().value()).isEqualTo(201);
        assertThat(sevenHours.getBody()).as("within the team's new 7.5 hours")
                .containsEntry("awaitingVisitation", false);
        UUID sevenHourGrant = UUID.fromString((String) sevenHours.getBody().get("grantId"));
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(asRikke.get().uri("/api/grants/{id}",
                sevenHourGrant).retrieve().body(Map.class)).containsEntry("status", "APPROVED"));
        var eightHours = asRikke.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                .body(grant(c, "8", today, today.plusMonths(6), false, null)).retrieve().toEntity(Map.class);
        assertThat(eightHours.getBody()).containsEntry("awaitingVisitation", true);
    }

    @Test
    void aTeamLeaderCannotApproveTheirOwnProposalButAnotherTeamLeaderCan() {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        var proposed = lene.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                .body(grant(c, "8", today, today.plusMonths(6), false, null)).retrieve().toEntity(Map.class);
        assertThat(proposed.getStatusCode().value()).as("%s", proposed.getBody()).isEqualTo(201);
        assertThat(proposed.getBody()).containsEntry("awaitingVisitation", true);
        UUID grantId = UUID.fromString((String) proposed.getBody().get("grantId"));
        await().atMost(CaseApi.WAIT).until(() -> lene.get().uri("/api/grants/{id}", grantId).retrieve()
                .toEntity(String.class).getStatusCode().value() == 200);

        var own = lene.post().uri("/api/grants/{id}/approval", grantId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0)).retrieve().toEntity(Map.class);
        assertThat(own.getStatusCode().value()).isEqualTo(422);
        assertThat(own.getBody()).containsEntry("rule", "grant.own-proposal");

        Persona lars = new Persona("lars.leder", "Lars Lauridsen", List.of("team-leader"), "social-services",
                "holstebro", "voksen-holstebro");
        assertThat(TestApi.as(lars, port).post().uri("/api/grants/{id}/approval", grantId)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("expectedVersion", 0)).retrieve()
                .toEntity(Map.class).getStatusCode().value()).isEqualTo(200);
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(sofie.get().uri("/api/grants/{id}", grantId)
                .retrieve().body(Map.class)).containsEntry("status", "APPROVED").containsEntry("decidedBy", "lars.leder"));
    }

    @Test
    void aGrantEndsByItselfWhenItsDeadlineComes() {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        UUID grantId = UUID.fromString((String) propose(grant(c, "2", today, today, false, null)).get("grantId"));

        assertThat(deadlinesOf(grantId)).as("the end is stored with db-scheduler").isEqualTo(1);
        // time passes: the deadline is due now instead of at midnight
        jdbc.sql("UPDATE scheduled_tasks SET execution_time = now() WHERE position(convert_to(?, 'UTF8') in task_data) > 0")
                .param(grantId.toString()).update();

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var ended = awaitEvent(probe, e -> grantEvent(e, "case.GrantEnded", grantId));
            assertThat(ended.payloadAs(GrantEnded.TYPE).reason()).isEqualTo("period-ended");
            assertThat(ended.payloadAs(GrantEnded.TYPE).endedOn()).isEqualTo(today);
        }
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(sofie.get().uri("/api/grants/{id}", grantId)
                .retrieve().body(Map.class)).containsEntry("status", "ENDED"));
    }

    @Test
    void aSmallSection85GrantIsOnTheRevisitationListWhenDueAndCanBeEnded() {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        UUID grantId = UUID.fromString((String) propose(grant(c, "2.5", today.minusMonths(3).minusDays(1),
                today.plusMonths(3), false, null)).get("grantId"));
        UUID bigger = UUID.fromString((String) propose(grant(c, "3", today.minusMonths(3).minusDays(1),
                today.plusMonths(3), false, null)).get("grantId"));

        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(sofie.get().uri("/api/grants/revisitation")
                .retrieve().body(List.class).toString()).contains(grantId.toString()));
        assertThat(sofie.get().uri("/api/grants/revisitation").retrieve().body(List.class).toString())
                .doesNotContain(bigger.toString());
        long version = ((Number) sofie.get().uri("/api/grants/{id}", grantId).retrieve().body(Map.class)
                .get("version")).longValue();

        assertThat(sofie.post().uri("/api/grants/{id}/revisitation", grantId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", version, "decision", "END")).retrieve().toEntity(Map.class)
                .getStatusCode().value()).isEqualTo(200);

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var ended = awaitEvent(probe, e -> grantEvent(e, "case.GrantEnded", grantId));
            assertThat(ended.payloadAs(GrantEnded.TYPE).reason()).isEqualTo("revisited");
        }
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(sofie.get().uri("/api/grants/revisitation")
                .retrieve().body(List.class).toString()).doesNotContain(grantId.toString()));
    }

    @Test
    void concurrentGrantsNeverOverdrawAFrameGrant() throws Exception {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        LocalDate until = today.plusDays(27);
        var framed = lene.post().uri("/api/grants/frames").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", c.citizenId(), "caseId", c.caseId(), "budgetHours", 20, "validFrom", today,
                        "validUntil", until, "legalBasis", SEL_85))
                .retrieve().toEntity(Map.class);
        assertThat(framed.getStatusCode().value()).as("%s", framed.getBody()).isEqualTo(201);
        UUID frame = UUID.fromString((String) framed.getBody().get("frameGrantId"));

        // each grant takes 1.25 hours a week for 4 weeks = 5 hours: the frame holds four
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> draws = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                draws.add(() -> sofie.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                        .body(grant(c, "1.25", today, until, false, frame)).retrieve().toEntity(String.class)
                        .getStatusCode().value());
            }
            for (Future<Integer> status : pool.invokeAll(draws)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        long granted = statuses.stream().filter(status -> status == 201).count();
        assertThat(statuses).as("granted, or not enough left").containsOnly(201, 422);
        assertThat(granted).as("the frame holds four, and gives them").isEqualTo(4);
        BigDecimal drawn = BigDecimal.ZERO;
        var events = eventStore.readEvents(frame.toString());
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof FrameGrantDrawnEvent draw) {
                drawn = drawn.add(draw.hours());
            }
        }
        assertThat(drawn).isLessThanOrEqualTo(new BigDecimal("20")).isEqualByComparingTo(new BigDecimal(granted * 5));
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%GrantProposedEvent' "
                        + "AND convert_from(payload, 'UTF8')::jsonb ->> 'frameGrantId' = ?")
                .param(frame.toString()).query(Long.class).single()).as("no grant without its draw").isEqualTo(granted);

        var over = sofie.post().uri("/api/grants").contentType(MediaType.APPLICATION_JSON)
                .body(grant(c, "1.25", today, until, false, frame)).retrieve().toEntity(Map.class);
        assertThat(over.getStatusCode().value()).isEqualTo(422);
        assertThat(over.getBody()).containsEntry("rule", "frame.budget-exceeded");
        assertThat(over.getBody().get("errors").toString()).contains("field=hoursPerWeek");
        BigDecimal drawnInTotal = drawn;
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(new BigDecimal(sofie.get()
                .uri("/api/grants/frames/{id}", frame).retrieve().body(Map.class).get("drawnHours").toString()))
                .isEqualByComparingTo(drawnInTotal));
    }

    @Test
    void concurrentDrawsStraightOnTheFrameAggregateNeverOverdrawItEither() throws Exception {
        Case c = citizenWithSocialCase();
        LocalDate today = DanishTime.today();
        UUID frame = UUID.randomUUID();
        commands.sendAndWait(new GrantFrameCommand(frame, c.citizenId(), c.caseId(), "holstebro", "social-services",
                new BigDecimal("20"), today, today.plusDays(27), SEL_85, "lene.leder", today));

        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Callable<Boolean>> draws = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                draws.add(() -> {
                    try {
                        commands.sendAndWait(new DrawFromFrameCommand(frame, UUID.randomUUID(), c.citizenId(),
                                "holstebro", "social-services", new BigDecimal("5"), today, today.plusDays(27)));
                        return true;
                    } catch (RuntimeException refused) {
                        return false;
                    }
                });
            }
            for (Future<Boolean> draw : pool.invokeAll(draws)) {
                draw.get();
            }
        } finally {
            pool.shutdownNow();
        }

        BigDecimal drawn = BigDecimal.ZERO;
        var events = eventStore.readEvents(frame.toString());
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof FrameGrantDrawnEvent draw) {
                drawn = drawn.add(draw.hours());
                assertThat(draw.remainingHours()).isNotNegative();
            }
        }
        assertThat(drawn).isPositive().isLessThanOrEqualTo(new BigDecimal("20"));
    }

    @Test
    void aCaseworkerAboveTheRecommendedCaseloadRaisesAnEventAndShowsAWarning() {
        var defined = lene.post().uri("/api/teams").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("teamId", "sagstal-test", "name", "Sagstalstest", "recommendedCaseload", 2,
                        "authorityHoursPerWeek", 5))
                .retrieve().toEntity(Map.class);
        assertThat(defined.getStatusCode().value()).as("%s", defined.getBody()).isEqualTo(201);
        await().atMost(CaseApi.WAIT).until(() -> lene.get().uri("/api/teams/sagstal-test").retrieve()
                .toEntity(String.class).getStatusCode().value() == 200);
        assertThat(lene.put().uri("/api/teams/sagstal-test/members/sara.social").retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(204);

        for (int i = 0; i < 3; i++) {
            api.openCase(Persona.SOFIE_SOCIAL, api.register(Persona.SOFIE_SOCIAL), "sara.social");
        }

        try (TopicProbe probe = new TopicProbe(TestInfrastructure.kafka().bootstrapServers(), Topics.CASE)) {
            var record = probe.await(r -> "sara.social".equals(r.key())
                    && codec.decode(r.value()).is(CaseloadExceeded.TYPE), Duration.ofSeconds(30));
            IntegrationEvent<?> event = codec.decode(record.value());
            assertThat(event.citizenId()).as("concerns no citizen").isNull();
            assertThat(event.organisation()).isEqualTo("holstebro");
            assertThat(event.payloadAs(CaseloadExceeded.TYPE))
                    .isEqualTo(new CaseloadExceeded("sara.social", "sagstal-test", 3, 2));
            List<CaseloadChanged> changes = probe.seen().stream().filter(r -> "sara.social".equals(r.key()))
                    .map(r -> codec.decode(r.value())).filter(e -> e.is(CaseloadChanged.TYPE))
                    .map(e -> e.payloadAs(CaseloadChanged.TYPE)).toList();
            assertThat(changes).as("every change, not only the one above the recommendation")
                    .extracting(CaseloadChanged::caseload).containsExactly(0, 1, 2, 3);
            assertThat(changes).allSatisfy(change -> {
                assertThat(change.team()).isEqualTo("sagstal-test");
                assertThat(change.recommendedCaseload()).isEqualTo(2);
                assertThat(change.changedOn()).isEqualTo(DanishTime.today());
            });
            var team = probe.await(r -> "sagstal-test".equals(r.key()), Duration.ofSeconds(30));
            assertThat(codec.decode(team.value()).payloadAs(TeamDefined.TYPE))
                    .isEqualTo(new TeamDefined("sagstal-test", "social-services", "Sagstalstest", 2, DanishTime.today()));
        }
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(lene.get().uri("/api/teams/sagstal-test/caseloads")
                .retrieve().body(List.class)).singleElement().satisfies(load -> assertThat((Map<String, Object>) load)
                .containsEntry("caseworkerId", "sara.social").containsEntry("caseload", 3)
                .containsEntry("recommendedCaseload", 2).containsEntry("warning", true)));

        RestClient morten = TestApi.as(Persona.MORTEN_MANAGEMENT, port);
        var aggregates = morten.get().uri("/api/teams/caseloads").retrieve().toEntity(String.class);
        assertThat(aggregates.getStatusCode().value()).isEqualTo(200);
        assertThat(aggregates.getBody()).contains("\"teamId\":\"sagstal-test\"", "\"openCases\":3",
                "\"caseworkersAboveRecommendation\":1", "\"teamId\":\"voksen-holstebro\"").doesNotContain("citizen");
        assertThat(morten.get().uri("/api/teams/sagstal-test/caseloads").retrieve().toEntity(String.class)
                .getStatusCode().value()).as("management sees aggregates only").isEqualTo(403);

        assertThat(sofie.put().uri("/api/teams/sagstal-test").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "name", "Sagstalstest", "recommendedCaseload", 70,
                        "authorityHoursPerWeek", 5)).retrieve().toEntity(String.class).getStatusCode().value())
                .as("only team leaders configure teams").isEqualTo(403);
        var raised = lene.put().uri("/api/teams/sagstal-test").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "name", "Sagstalstest", "recommendedCaseload", 70,
                        "authorityHoursPerWeek", 5)).retrieve().toEntity(String.class);
        assertThat(raised.getStatusCode().value()).isEqualTo(200);
        var stale = lene.put().uri("/api/teams/sagstal-test").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("expectedVersion", 0, "name", "Sagstalstest", "recommendedCaseload", 60,
                        "authorityHoursPerWeek", 5)).retrieve().toEntity(Map.class);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        await().atMost(CaseApi.WAIT).untilAsserted(() -> assertThat(lene.get().uri("/api/teams/sagstal-test/caseloads")
                .retrieve().body(List.class)).singleElement().satisfies(load -> assertThat((Map<String, Object>) load)
                .containsEntry("recommendedCaseload", 70).containsEntry("warning", false)));
    }

    @Test
    void aCaseworkerWithManyCasesIsLoadedFromASnapshotAndStillDecidesRight() {
        String caseworker = "snapshot.worker";
        List<UUID> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            UUID caseId = UUID.randomUUID();
            cases.add(caseId);
            commands.sendAndWait(new AddCaseToCaseloadCommand(caseworker, caseId, "holstebro"));
        }
        long snapshots = jdbc.sql("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                .param(caseworker).query(Long.class).single();
        assertThat(snapshots).as("80 events: a snapshot was taken").isPositive();

        // loaded from the snapshot: a case already on the caseload changes nothing, a removal counts from 40
        commands.sendAndWait(new AddCaseToCaseloadCommand(caseworker, cases.get(7), "holstebro"));
        commands.sendAndWait(new RemoveCaseFromCaseloadCommand(caseworker, cases.get(3)));
        commands.sendAndWait(new RemoveCaseFromCaseloadCommand(caseworker, cases.get(3)));

        List<Object> payloads = new ArrayList<>();
        eventStore.readEvents(caseworker).asStream().forEach(event -> payloads.add(event.getPayload()));
        assertThat(payloads).as("the snapshot and the events after it").first().isInstanceOf(Caseworker.class);
        List<CaseloadChangedEvent> changes = eventStore.readEvents(caseworker, 0).asStream()
                .map(event -> event.getPayload()).filter(CaseloadChangedEvent.class::isInstance)
                .map(CaseloadChangedEvent.class::cast).toList();
        assertThat(changes).extracting(CaseloadChangedEvent::caseload).hasSize(41).endsWith(39, 40, 39);
    }

    @Test
    void theDemoTeamsAreThereWithTheirRecommendedCaseloads() {
        List<?> teams = sofie.get().uri("/api/teams").retrieve().body(List.class);

        assertThat(teams.toString()).contains("voksen-holstebro", "job-indsats", "misbrugscenter")
                .doesNotContain("voksen-egedal");
        var badTeam = lene.post().uri("/api/teams").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("teamId", "Bad Team", "name", "", "recommendedCaseload", 0, "authorityHoursPerWeek", -1))
                .retrieve().toEntity(Map.class);
        assertThat(badTeam.getStatusCode().value()).isEqualTo(400);
        assertThat(badTeam.getBody().get("errors").toString()).contains("field=teamId", "field=name",
                "field=recommendedCaseload", "field=authorityHoursPerWeek");
    }

    private long deadlinesOf(UUID grantId) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE position(convert_to(?, 'UTF8') in task_data) > 0")
                .param(grantId.toString()).query(Long.class).single();
    }
}
