package dk.tvaers.launcher;

import dk.tvaers.platform.privacy.AuditLog;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.Persona;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint that touches personal data, in every service, called through the gateway as every
 * role — own sector, another sector, another organisation, management, the DPO, a partner institution,
 * a sector system — with the citizen's consent given and then withdrawn: no one sees what they may not.
 * The endpoints are not listed by hand but read from each service ({@link PersonalDataEndpoints}), so a
 * new endpoint is in the matrix the day it is written.
 */
class AccessMatrixIT {

    record Call(String service, HttpMethod method, String template, String path, String category, boolean stream) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Secret(String owner, String value) {
    }

    /**
     * Personas with no business with the citizen: nothing about the citizen may reach them. (The addiction
     * centre has the citizen's referral in the scenario, so it is checked on its own.)
     */
    static final List<Persona> OUTSIDERS = List.of(Persona.PETER_PSYCHIATRY, Persona.KARL_PROBATION,
            Persona.EVA_OTHER_MUNICIPALITY, Persona.MORTEN_MANAGEMENT, Persona.DORTE_DPO, Persona.JOBCENTER_SYSTEM);

    static TestPlatform platform;
    static Scenario scenario;
    static List<Call> reads = new ArrayList<>();
    static List<Call> changes = new ArrayList<>();
    static List<Call> unresolved = new ArrayList<>();
    static List<Call> streams = new ArrayList<>();
    static List<Secret> secrets = new ArrayList<>();

    @BeforeAll
    static void tellAStoryAndListTheEndpoints() {
        platform = TestPlatform.get();
        scenario = Scenario.tell(platform);
        Map<String, Object> values = new LinkedHashMap<>(scenario.ids);
        values.put("teamId", "voksen-holstebro");
        values.put("caseworkerId", "sofie.social");
        for (String service : platform.platform.serviceUrls().keySet()) {
            PersonalDataEndpoints endpoints = platform.platform.context(service).getBean(PersonalDataEndpoints.class);
            for (PersonalDataEndpoints.Endpoint endpoint : endpoints.personal()) {
                for (String template : endpoint.paths()) {
                    for (String method : endpoint.methods().isEmpty() ? Set.of("GET") : endpoint.methods()) {
                        PersonalData declared = endpoint.personalData();
                        Optional<String> path = resolve(template, endpoint, values);
                        Call call = new Call(service, HttpMethod.valueOf(method), template, path.orElse(template),
                                declared.category(), isStream(endpoint));
                        if (path.isEmpty()) {
                            unresolved.add(call);
                        } else if (call.stream()) {
                            streams.add(call);
                        } else if (call.method() == HttpMethod.GET) {
                            reads.add(call);
                        } else {
                            changes.add(call);
                        }
                    }
                }
            }
        }
        secrets.add(new Secret(null, scenario.citizen.toString()));
        secrets.add(new Secret("social-services", scenario.ids.get("subGoalId").toString()));
        secrets.add(new Secret("social-services", "Handle ind selv to gange om ugen"));
        secrets.add(new Secret("social-services", scenario.ids.get("caseId").toString()));
        secrets.add(new Secret("social-services", scenario.ids.get("referralId").toString()));
        secrets.add(new Secret("social-services", "drikker for meget"));
        secrets.add(new Secret("jobcenter", scenario.ids.get("jobcenterSubGoalId").toString()));
        secrets.add(new Secret("jobcenter", "Praktik i genbrugsbutik"));
        secrets.add(new Secret("jobcenter", scenario.ids.get("jobcenterCaseId").toString()));
        secrets.add(new Secret(null, "drømmer om at blive advokat"));
        secrets.add(new Secret(null, scenario.name));
        secrets.add(new Secret(null, scenario.cpr));
    }

    @Test
    void theMatrixCoversEveryServicesPersonalDataEndpoints() {
        assertThat(reads.stream().map(Call::service).distinct())
                .contains("case-service", "plan-service", "offer-service", "coordination-service");
        assertThat(reads).as("reads in the matrix").hasSizeGreaterThan(20);
        assertThat(unresolved).as("endpoints whose path the scenario cannot fill: %s", unresolved)
                .allMatch(call -> call.template().contains("{id}") || call.template().contains("{activityId}")
                        || call.template().contains("{frameGrantId}") || call.template().contains("{decisionId}"));
    }

    /** The investment insight: management and team leaders only, aggregates only, through the gateway. */
    @Test
    void theInvestmentInsightIsForManagementAndTeamLeadersOnly() {
        List<String> wrong = new ArrayList<>();
        for (Persona persona : Persona.ALL) {
            boolean entitled = persona.roles().contains("management") || persona.roles().contains("team-leader");
            for (String path : List.of("/api/insight/figures", "/api/insight/baseline")) {
                var response = platform.as(persona).get().uri(path).retrieve().toEntity(String.class);
                int status = response.getStatusCode().value();
                if (entitled ? status != 200 : status != 403) {
                    wrong.add(persona.userId() + " GET " + path + " -> " + status);
                }
                if (status == 200) {
                    secrets.stream().filter(secret -> contains(response.getBody(), secret.value()))
                            .forEach(secret -> wrong.add(persona.userId() + " read " + secret.value() + " from " + path));
                }
            }
        }
        int anonymous = RestClient.builder().baseUrl(platform.platform.gatewayUrl())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build().get().uri("/api/insight/figures").retrieve().toBodilessEntity().getStatusCode().value();
        assertThat(anonymous).as("no token").isEqualTo(401);
        assertThat(wrong).isEmpty();
    }

    @Test
    void outsidersGetNothingAboutTheCitizenFromAnyEndpoint() {
        List<String> leaks = new ArrayList<>();
        for (Persona persona : OUTSIDERS) {
            RestClient http = platform.as(persona);
            for (Call call : reads) {
                if (persona == Persona.DORTE_DPO && call.category().equals("audit-log")) {
                    continue;
                }
                var response = http.get().uri(call.path()).retrieve().toEntity(String.class);
                if (response.getStatusCode().is2xxSuccessful()) {
                    secrets.stream().filter(secret -> contains(response.getBody(), secret.value()))
                            .forEach(secret -> leaks.add(persona.userId() + " read " + secret.value() + " from "
                                    + call));
                }
            }
            for (Call call : streams) {
                String received = streamStart(persona, call);
                secrets.stream().filter(secret -> received.contains(secret.value()))
                        .forEach(secret -> leaks.add(persona.userId() + " received " + secret.value() + " on " + call));
            }
            for (Call call : changes) {
                var response = http.method(call.method()).uri(call.path()).contentType(MediaType.APPLICATION_JSON)
                        .body("{}").retrieve().toEntity(String.class);
                if (response.getStatusCode().is2xxSuccessful()) {
                    leaks.add(persona.userId() + " changed something with " + call);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theSectorAReferralGoesToSeesTheReferralAndNothingElse() {
        Set<String> allowed = Set.of(scenario.citizen.toString(), scenario.ids.get("referralId").toString(),
                scenario.ids.get("subGoalId").toString(), "drikker for meget");
        List<String> leaks = new ArrayList<>();
        RestClient anna = platform.as(Persona.ANNA_ADDICTION);
        boolean sawReferral = false;
        for (Call call : reads) {
            var response = anna.get().uri(call.path()).retrieve().toEntity(String.class);
            if (response.getStatusCode().is2xxSuccessful()) {
                sawReferral |= contains(response.getBody(), "drikker for meget");
                secrets.stream().filter(secret -> !allowed.contains(secret.value()))
                        // the referring sector's reason names the citizen for the sector that must answer it
                        .filter(secret -> !(call.path().contains("/referrals") && secret.value().equals(scenario.name)))
                        .filter(secret -> contains(response.getBody(), secret.value()))
                        .forEach(secret -> leaks.add("anna.misbrug read " + secret.value() + " from " + call));
            }
        }
        assertThat(sawReferral).as("the receiving sector sees the referral it must answer").isTrue();
        assertThat(leaks).isEmpty();
    }

    @Test
    void anotherSectorsInformationFollowsTheCitizensConsent() {
        RestClient jonas = platform.as(Persona.JONAS_JOB);
        RestClient sofie = platform.as(Persona.SOFIE_SOCIAL);
        String social = "Handle ind selv to gange om ugen";
        await().atMost(Scenario.WAIT).until(() -> read(jonas, "/api/plans/citizens/" + scenario.citizen)
                .contains(social));
        List<String> seenWithConsent = readAll(jonas);
        assertThat(String.join("\n", seenWithConsent)).as("with consent jobcenter sees social services' sub-goal")
                .contains(social);

        var withdrawn = sofie.post().uri("/api/coordination/citizens/{id}/consents/{consent}/withdraw",
                        scenario.citizen, scenario.consent).contentType(MediaType.APPLICATION_JSON).body("{}")
                .retrieve().toEntity(String.class);
        assertThat(withdrawn.getStatusCode().is2xxSuccessful()).as(withdrawn.getBody()).isTrue();
        await().atMost(Scenario.WAIT).until(() -> !read(jonas, "/api/plans/citizens/" + scenario.citizen)
                .contains(social));

        List<String> leaks = new ArrayList<>();
        for (Persona persona : List.of(Persona.JONAS_JOB, Persona.BOSTED_PARTNER)) {
            RestClient http = platform.as(persona);
            for (Call call : reads) {
                var response = http.get().uri(call.path()).retrieve().toEntity(String.class);
                if (response.getStatusCode().is2xxSuccessful()) {
                    secrets.stream()
                            .filter(secret -> "social-services".equals(secret.owner())
                                    || (persona == Persona.BOSTED_PARTNER && "jobcenter".equals(secret.owner())))
                            .filter(secret -> contains(response.getBody(), secret.value()))
                            .forEach(secret -> leaks.add(persona.userId() + " read " + secret.value() + " from "
                                    + call + " without consent"));
                }
            }
        }
        assertThat(leaks).isEmpty();

        assertThat(String.join("\n", readAll(Persona.SOFIE_SOCIAL)))
                .as("the own sector still sees its own").contains(social);
        assertThat(String.join("\n", readAll(jonas))).as("and jobcenter its own").contains("Praktik i genbrugsbutik");
    }

    @Test
    void theCitizensOwnSectorsCanReadTheirEndpointsAndEveryReadIsInTheAuditLog() {
        List<String> refused = new ArrayList<>();
        List<String> unlogged = new ArrayList<>();
        RestClient sofie = platform.as(Persona.SOFIE_SOCIAL);
        for (Call call : reads) {
            if (call.category().equals("audit-log") || !call.template().contains("{citizenId}")) {
                continue;
            }
            java.time.Instant before = java.time.Instant.now().minusSeconds(1);
            var response = sofie.get().uri(call.path()).retrieve().toEntity(String.class);
            if (!response.getStatusCode().is2xxSuccessful()) {
                refused.add(call + " -> " + response.getStatusCode());
                continue;
            }
            String resource = "GET " + call.path().split("\\?")[0];
            boolean logged = platform.platform.context(call.service()).getBean(AuditLog.class)
                    .find(scenario.citizen, "sofie.social", before, null, 100).stream()
                    .anyMatch(stored -> stored.entry().resource().equals(resource)
                            && stored.entry().category().equals(call.category())
                            && stored.entry().organisation().equals("holstebro"));
            if (!logged) {
                unlogged.add(call.toString());
            }
        }
        assertThat(refused).as("the coordinator in the citizen's own sector is refused").isEmpty();
        assertThat(unlogged).as("reads of personal data missing from the service's audit log").isEmpty();
    }

    /**
     * A server-sent event stream never ends: what it sends in its first two seconds (a stream replays the
     * recipient's recent notifications first) is what the check reads.
     */
    private static String streamStart(Persona persona, Call call) {
        try {
            java.net.http.HttpResponse<java.io.InputStream> response = java.net.http.HttpClient.newHttpClient()
                    .sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                    platform.platform.gatewayUrl() + call.path()))
                            .header("Authorization", "Bearer " + platform.token(persona))
                            .header("Accept", "text/event-stream").build(),
                            java.net.http.HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            java.io.InputStream body = response.body();
            if (response.statusCode() >= 300) {
                body.close();
                return "";
            }
            java.io.ByteArrayOutputStream received = new java.io.ByteArrayOutputStream();
            long until = System.nanoTime() + java.time.Duration.ofSeconds(2).toNanos();
            byte[] buffer = new byte[8192];
            while (System.nanoTime() < until) {
                int available = body.available();
                if (available > 0) {
                    received.write(buffer, 0, body.read(buffer, 0, Math.min(available, buffer.length)));
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
                }
            }
            body.close();
            return received.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open " + call, e);
        }
    }

    private static boolean isStream(PersonalDataEndpoints.Endpoint endpoint) {
        Class<?> type = endpoint.handler().getReturnType().getParameterType();
        return org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.class.isAssignableFrom(type)
                || type.getName().startsWith("reactor.core.publisher.");
    }

    private List<String> readAll(Persona persona) {
        return readAll(platform.as(persona));
    }

    private List<String> readAll(RestClient http) {
        List<String> bodies = new ArrayList<>();
        for (Call call : reads) {
            var response = http.get().uri(call.path()).retrieve().toEntity(String.class);
            if (response.getStatusCode().is2xxSuccessful() && response.getBody() != null) {
                bodies.add(response.getBody());
            }
        }
        return bodies;
    }

    private static String read(RestClient http, String path) {
        var response = http.get().uri(path).retrieve().toEntity(String.class);
        return response.getStatusCode().is2xxSuccessful() && response.getBody() != null ? response.getBody() : "";
    }

    private static boolean contains(String body, String secret) {
        return body != null && body.contains(secret);
    }

    /** Fills path variables and required query parameters from the scenario; empty if one cannot be filled. */
    private static Optional<String> resolve(String template, PersonalDataEndpoints.Endpoint endpoint,
                                            Map<String, Object> values) {
        StringBuilder path = new StringBuilder();
        Matcher variable = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(template);
        while (variable.find()) {
            Object value = values.get(variable.group(1));
            if (value == null) {
                return Optional.empty();
            }
            variable.appendReplacement(path, Matcher.quoteReplacement(value.toString()));
        }
        variable.appendTail(path);
        List<String> query = new ArrayList<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || !param.required() || !param.defaultValue().equals(
                    org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)) {
                continue;
            }
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                    : parameter.getParameterName();
            Object value = values.get(name);
            if (value == null && parameter.getParameterType() == LocalDate.class) {
                value = LocalDate.now();
            }
            if (value == null && parameter.getParameterType() == UUID.class) {
                return Optional.empty();
            }
            if (value == null) {
                value = "a";
            }
            query.add(name + "=" + value);
        }
        return Optional.of(query.isEmpty() ? path.toString() : path + "?" + String.join("&", query));
    }
}
