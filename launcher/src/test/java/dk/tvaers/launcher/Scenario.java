package dk.tvaers.launcher;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.sectors.v1.InternshipStarted;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestCpr;
import dk.tvaers.testsupport.TestEvents;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One citizen's story across every service, through the gateway as the people and systems involved
 * would tell it: registered by CPR number and name, cases in social services and at the jobcenter, a
 * coordinator, consent, a plan in the citizen's own words, a follow-up, an offer and an enrolment, a
 * grant, a referral, a meeting and an event from the jobcenter's own system. Keeps every id it made.
 */
final class Scenario {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final java.util.concurrent.atomic.AtomicInteger STORIES = new java.util.concurrent.atomic.AtomicInteger();

    final String cpr;
    final String name;
    /** Makes this story's free texts its own, so that a search for one finds no other story's. */
    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final Map<String, Object> ids = new LinkedHashMap<>();
    /** The free texts the story wrote, by what they are. */
    final Map<String, String> texts = new LinkedHashMap<>();
    UUID citizen;
    UUID consent;

    private final TestPlatform platform;

    private Scenario(TestPlatform platform) {
        this.platform = platform;
        this.cpr = TestCpr.random();
        String surname = "Testrup" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        this.name = "Karen " + surname;
    }

    static Scenario tell(TestPlatform platform) {
        Scenario scenario = new Scenario(platform);
        scenario.tell();
        return scenario;
    }

    String surname() {
        return name.substring(name.indexOf(' ') + 1);
    }

    @SuppressWarnings("unchecked")
    private void tell() {
        RestClient sofie = platform.as(Persona.SOFIE_SOCIAL);
        RestClient jonas = platform.as(Persona.JONAS_JOB);

        citizen = uuid(post(sofie, "/api/citizens", Map.of("cpr", cpr, "name", name)), "citizenId");
        ids.put("citizenId", citizen);
        ids.put("caseId", uuid(post(sofie, "/api/cases", Map.of("citizenId", citizen,
                "legalBasis", "Serviceloven §85")), "caseId"));
        ids.put("jobcenterCaseId", uuid(post(jonas, "/api/cases", Map.of("citizenId", citizen,
                "legalBasis", "LAB §2")), "caseId"));
        await().atMost(WAIT).until(() -> sofie.get().uri("/api/coordination/citizens/{id}/involved-sectors", citizen)
                .retrieve().toEntity(List.class).getBody().size() == 2);

        await().atMost(WAIT).until(() -> sofie.put().uri("/api/coordination/citizens/{id}/coordinator", citizen)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("caseworkerId", "sofie.social"))
                .retrieve().toBodilessEntity().getStatusCode().is2xxSuccessful());
        consent = uuid(post(sofie, "/api/coordination/citizens/" + citizen + "/consents", Map.of(
                "sectors", List.of("social-services", "jobcenter"), "categories", List.of("*"))), "consentId");
        ids.put("consentId", consent);

        texts.put("dream", name + " drømmer om at blive advokat");
        var created = sofie.post().uri("/api/plans/citizens/{id}", citizen).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("dream", texts.get("dream"))).retrieve().toEntity(Map.class);
        if (created.getStatusCode().value() == 409) {
            put(sofie, "/api/plans/citizens/" + citizen + "/dream",
                    Map.of("dream", texts.get("dream"), "reason", "Med borgerens egne ord"));
        } else {
            assertThat(created.getStatusCode().value()).as("plan: %s", created.getBody()).isEqualTo(201);
        }
        texts.put("goal", "Bo i egen lejlighed, siger " + name);
        UUID goal = uuid(post(sofie, "/api/plans/citizens/" + citizen + "/goals",
                Map.of("text", texts.get("goal"))), "goalId");
        ids.put("goalId", goal);
        texts.put("subGoal", "Handle ind selv to gange om ugen " + tag);
        texts.put("jobcenterSubGoal", "Praktik i genbrugsbutik " + tag);
        UUID socialSubGoal = uuid(post(sofie, "/api/plans/citizens/" + citizen + "/sub-goals", subGoal(goal,
                texts.get("subGoal"), "social-services")), "subGoalId");
        UUID jobSubGoal = uuid(post(jonas, "/api/plans/citizens/" + citizen + "/sub-goals", subGoal(goal,
                texts.get("jobcenterSubGoal"), "jobcenter")), "subGoalId");
        ids.put("subGoalId", socialSubGoal);
        ids.put("jobcenterSubGoalId", jobSubGoal);
        texts.put("activity", "Madlavning med kontaktperson " + tag);
        ids.put("activityId", uuid(post(sofie, "/api/plans/citizens/" + citizen + "/activities", Map.of(
                "kind", "INDIVIDUAL_SUPPORT", "title", texts.get("activity"), "startsOn", DanishTime.today().toString(),
                "subGoalIds", List.of(socialSubGoal))), "activityId"));
        texts.put("reading", name + " har handlet ind selv");
        texts.put("citizenComment", name + " siger, at det går bedre");
        post(sofie, "/api/plans/citizens/" + citizen + "/follow-ups", Map.of(
                "heldOn", DanishTime.today().toString(),
                "participants", List.of(Map.of("name", name, "role", "borger"),
                        Map.of("name", "Sofie Sørensen", "role", "koordinerende sagsbehandler")),
                "readings", List.of(Map.of("subGoalId", socialSubGoal, "value", 6,
                        "note", texts.get("reading"))),
                "citizenRating", 4,
                "citizenComment", texts.get("citizenComment"),
                "adjustments", "Fortsætter som aftalt"));

        UUID offer = uuid(post(platform.as(Persona.LENE_TEAM_LEADER), "/api/offers", offer("GROUP_COURSE",
                "bosted-aaen")), "offerId");
        ids.put("offerId", offer);
        await().atMost(WAIT).until(() -> sofie.get().uri("/api/offers/{id}", offer).retrieve().toEntity(Map.class)
                .getStatusCode().is2xxSuccessful());
        ids.put("enrolmentId", uuid(post(sofie, "/api/enrolments", Map.of("offerId", offer, "citizenId", citizen)),
                "enrolmentId"));
        ids.put("grantId", uuid(post(sofie, "/api/grants", Map.of("citizenId", citizen, "caseId", ids.get("caseId"),
                "offerId", offer, "hoursPerWeek", 2, "validFrom", DanishTime.today().toString(),
                "validUntil", DanishTime.today().plusMonths(6).toString(), "legalBasis", "Serviceloven §85",
                "externalPlacement", false)), "grantId"));
        ids.put("frameGrantId", uuid(post(platform.as(Persona.LENE_TEAM_LEADER), "/api/grants/frames", Map.of(
                "citizenId", citizen, "caseId", ids.get("caseId"), "budgetHours", 100,
                "validFrom", DanishTime.today().toString(), "validUntil", DanishTime.today().plusYears(1).toString(),
                "legalBasis", "Serviceloven §85")), "frameGrantId"));
        texts.put("referral", name + " drikker for meget");
        ids.put("referralId", uuid(post(sofie, "/api/coordination/citizens/" + citizen + "/referrals", Map.of(
                "toSector", "addiction-centre", "toOrganisation", "holstebro",
                "reason", texts.get("referral"), "subGoalId", socialSubGoal)), "referralId"));
        ids.put("meetingId", uuid(await().atMost(WAIT).until(() -> sofie.post()
                        .uri("/api/coordination/citizens/{id}/meetings", citizen).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("startsAt", laterToday().toString(),
                                "location", "Jobcentret", "sectors", List.of("social-services", "jobcenter"),
                                "citizenInvited", true, "agendaSubGoalIds", List.of(socialSubGoal)))
                        .retrieve().toEntity(Map.class),
                response -> response.getStatusCode().is2xxSuccessful()).getBody(), "meetingId"));
        texts.put("decision", "Kontaktperson følger med til lægen " + tag);
        post(sofie, "/api/coordination/citizens/" + citizen + "/meetings/" + ids.get("meetingId") + "/decisions",
                Map.of("subGoalId", socialSubGoal, "text", texts.get("decision"),
                        "responsibleSector", "social-services"));
        // hours of its own, so that the timeline's line about the internship is this story's
        int hours = 10 + STORIES.incrementAndGet() % 30;
        texts.put("internship", "Virksomhedspraktik startet " + DanishTime.today() + ", " + hours + " timer om ugen");
        TestEvents.publish(IntegrationEvent.of(InternshipStarted.TYPE, UUID.randomUUID(), Instant.now(), citizen,
                "holstebro", new Producer("jobcenter-system", "jobcenter"), null,
                new InternshipStarted(UUID.randomUUID(), DanishTime.today(), DanishTime.today().plusWeeks(8), hours)));
        await().atMost(WAIT).until(() -> jonas.get().uri("/api/coordination/citizens/{id}/timeline", citizen)
                .retrieve().toEntity(String.class).getBody().contains(texts.get("internship")));
    }

    /**
     * A moment shortly ahead that is still today in Denmark: a meeting must lie ahead when it is scheduled, and its
     * decisions are recorded on or after its day.
     */
    static Instant laterToday() {
        java.time.ZoneId danish = java.time.ZoneId.of("Europe/Copenhagen");
        Instant soon = Instant.now().plusSeconds(20);
        while (!LocalDate.ofInstant(soon, danish).equals(LocalDate.now(danish))) {
            await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
            soon = Instant.now().plusSeconds(20);
        }
        return soon;
    }

    private Map<String, Object> subGoal(UUID goal, String description, String sector) {
        return Map.of("goalId", goal, "description", description, "owningSector", sector, "priority", 1,
                "dueOn", DanishTime.today().plusMonths(3).toString(), "lifeArea", "PRACTICAL_TASKS",
                "measurement", Map.of("kind", "SCALE_1_TO_10", "baseline", 3, "target", 8));
    }

    /** An offer of the kind, provided by the organisation, to publish. */
    static Map<String, Object> offer(String kind, String provider) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Gåtur og fællesskab " + UUID.randomUUID().toString().substring(0, 6));
        body.put("kind", kind);
        body.put("description", "En ugentlig gåtur med andre, der vil i gang igen.");
        body.put("aims", List.of("Mere fællesskab"));
        body.put("targetGroup", "Voksne med psykiske vanskeligheder");
        body.put("needs", List.of("social-life"));
        body.put("sectors", List.of("social-services"));
        body.put("provider", Map.of("organisation", provider, "name", provider.equals("bosted-aaen") ? "Bostedet Åen"
                : "Holstebro Kommune"));
        body.put("access", "REFERRAL");
        body.put("capacity", 12);
        if (kind.equals("GROUP_COURSE")) {
            body.put("schedule", List.of(Map.of("day", "TUESDAY", "startsAt", "10:00", "endsAt", "11:30")));
        }
        body.put("defaultDurationWeeks", 12);
        body.put("openEnded", false);
        body.put("prices", Map.of("basicRate", Map.of("code", "BASIS", "name", "Grundtakst", "amount", 450,
                "unit", "HOUR", "coveredItems", List.of("Gåtur", "Kaffe"))));
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> post(RestClient http, String path, Map<String, ?> body) {
        var response = http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("POST %s: %s %s", path, response.getStatusCode(),
                response.getBody()).isTrue();
        return response.getBody();
    }

    private static void put(RestClient http, String path, Map<String, ?> body) {
        var response = http.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as("PUT %s: %s", path, response.getBody()).isTrue();
    }

    private static UUID uuid(Map<String, Object> body, String field) {
        assertThat(body).as("response").containsKey(field);
        return UUID.fromString(body.get(field).toString());
    }
}
