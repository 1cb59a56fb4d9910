package dk.tvaers.launcher;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.launcher.ApiCatalog.Endpoint;
import dk.tvaers.launcher.Calls.Exchange;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.AuditLog;
import dk.tvaers.testsupport.DatabaseServer;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestCpr;
import dk.tvaers.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every API endpoint of every service, called through the gateway as every kind of caller — the citizen's own
 * sector, another sector working with the citizen, the sector a referral went to, a sector of the same
 * municipality with no part in the citizen, other organisations, the team leader, management, the data protection
 * officers of this and another municipality, operations, a partner institution with and without an enrolment,
 * and sector systems — for three citizens whose consent is given, limited and withdrawn: nobody sees or changes
 * what they may not, a guessed id answers as a made-up one does, and every access to personal data is in the
 * audit log. The endpoints are read from the services ({@link ApiCatalog}), so a new one is in the matrix the day
 * it is written; a change endpoint the walk has no valid request for fails {@link #theMatrixCoversEveryEndpoint}.
 * <p>
 * Everything is called once, in {@link #walk()}; the tests then read what came back.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class AccessMatrixIT {

    /** What a citizen shares between social services and the jobcenter. */
    enum Consent {
        /** Everything. */
        GIVEN(Set.of("*")),
        /** Only cases: consent limited to the category {@code cases}. */
        LIMITED(Set.of("cases")),
        /** Nothing any more. */
        WITHDRAWN(Set.of());

        final Set<String> shared;

        Consent(Set<String> shared) {
            this.shared = shared;
        }

        boolean shares(String category) {
            return shared.contains("*") || shared.contains(category);
        }
    }

    /** How a caller stands to a citizen. */
    enum Tie {
        /** Social services of the citizen's municipality: the citizen's case, the coordinator. */
        SOCIAL_SERVICES,
        /** The jobcenter of the citizen's municipality: another sector with a case. */
        JOBCENTER,
        /** The addiction centre, which a referral went to: it must see the referral, nothing else. */
        REFERRED_TO,
        /** The partner institution, while the citizen is enrolled on its offer. */
        PARTNER,
        /** The data protection officer of the citizen's municipality: the audit log, nothing else. */
        DPO,
        NONE
    }

    /**
     * Something about the citizen that only some may see: owned by {@code sector} (null: shared by every sector
     * working with the citizen) and shared with another sector under the consent category {@code category}.
     */
    record Secret(String what, String value, String sector, String category, Set<Tie> alsoSeenBy) {

        /** Another spelling of something shown, searched for but not expected to be shown itself. */
        boolean spelling() {
            return what.endsWith("without dash");
        }
    }

    /** A citizen of the read matrix. */
    record Subject(Consent consent, Scenario story, boolean partnerIsParty, List<Secret> secrets) {

        @Override
        public String toString() {
            return "the citizen with consent " + consent;
        }
    }

    /** One call of the read matrix: about one subject, or about none (a list or search of the caller's). */
    record Cell(Subject subject, Endpoint endpoint, Exchange exchange, boolean guess) {

        @Override
        public String toString() {
            return exchange + (subject == null ? "" : " (" + subject + ")");
        }
    }

    /** One call of the change walk: the owner's, which must succeed, or another's, which must change nothing. */
    record Attempt(String change, Endpoint endpoint, Exchange exchange, boolean owner, Set<Integer> expected,
                   boolean changesState) {

        @Override
        public String toString() {
            return change + ": " + exchange;
        }
    }

    static final Persona SOFIE = Persona.SOFIE_SOCIAL;
    static final Persona LENE = Persona.LENE_TEAM_LEADER;
    static final Persona JONAS = Persona.JONAS_JOB;
    static final Persona BO = Persona.BO_TEAM_LEADER;
    static final Persona METTE = Persona.METTE_JOB;
    static final Persona ANNA = Persona.ANNA_ADDICTION;
    static final Persona FRIDA = TestPlatform.FRIDA_PROBATION_HOLSTEBRO;
    static final Persona PETER = Persona.PETER_PSYCHIATRY;
    static final Persona KARL = Persona.KARL_PROBATION;
    static final Persona EVA = Persona.EVA_OTHER_MUNICIPALITY;
    static final Persona MORTEN = Persona.MORTEN_MANAGEMENT;
    static final Persona DORTE = Persona.DORTE_DPO;
    static final Persona GITTE = TestPlatform.GITTE_DPO_EGEDAL;
    static final Persona OLE = Persona.OLE_OPERATOR;
    static final Persona BOSTED = Persona.BOSTED_PARTNER;
    static final Persona JOBCENTER_SYSTEM = Persona.JOBCENTER_SYSTEM;
    static final Persona SOCIAL_SYSTEM = Persona.SOCIAL_SERVICES_SYSTEM;

    static final List<Persona> EVERYONE = List.of(SOFIE, LENE, JONAS, BO, METTE, ANNA, FRIDA, PETER, KARL, EVA,
            MORTEN, DORTE, GITTE, OLE, BOSTED, JOBCENTER_SYSTEM, SOCIAL_SYSTEM);
    static final Set<Persona> SOCIAL = Set.of(SOFIE, LENE);
    static final Set<Persona> JOB = Set.of(JONAS, BO, METTE);
    static final Set<Persona> INVOLVED = union(SOCIAL, JOB);
    static final Set<Persona> CASEWORK_IN_HOLSTEBRO = union(INVOLVED, Set.of(ANNA, FRIDA));
    static final Set<Persona> CASEWORKERS = union(CASEWORK_IN_HOLSTEBRO, Set.of(PETER, KARL, EVA));
    static final Set<Persona> SYSTEMS = Set.of(JOBCENTER_SYSTEM, SOCIAL_SYSTEM);
    /** Who tries made-up ids: everyone with no tie to one of the citizens, and the coordinator. */
    static final List<Persona> GUESSERS = EVERYONE.stream()
            .filter(persona -> !INVOLVED.contains(persona) && persona != ANNA).toList();

    /** Path variables and query parameters that name a citizen or something of one citizen's. */
    static final Set<String> CITIZEN_VARIABLES = Set.of("citizenId", "caseId", "grantId", "frameGrantId",
            "enrolmentId", "referralId", "meetingId");

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccessMatrixIT.class);

    static TestPlatform platform;
    static Calls calls;
    static List<Endpoint> endpoints;
    static Instant walkStarted;
    static List<Subject> subjects;
    static final List<Cell> cells = new ArrayList<>();
    static final List<Attempt> attempts = new ArrayList<>();
    static final List<String> walkProblems = new ArrayList<>();
    static UUID egedalCitizen;
    static String investmentCaseId;
    static boolean notificationStillUnread;

    @BeforeAll
    static void walk() {
        platform = TestPlatform.get();
        calls = new Calls(platform, "am");
        endpoints = ApiCatalog.of(platform.platform);
        walkStarted = Instant.now();
        ExecutorService tellers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Scenario>> telling = Stream.generate(() -> CompletableFuture.supplyAsync(
                () -> Scenario.tell(platform), tellers)).limit(4).toList();
        List<Scenario> stories = telling.stream().map(CompletableFuture::join).toList();
        tellers.shutdown();
        subjects = List.of(subject(Consent.GIVEN, stories.get(0), true), subject(Consent.LIMITED, stories.get(1), false),
                subject(Consent.WITHDRAWN, stories.get(2), true));
        log.info("the access matrix: four stories told in {}", Duration.between(walkStarted, Instant.now()));
        settle(subjects);
        log.info("the access matrix: consents settled after {}", Duration.between(walkStarted, Instant.now()));
        walkTheChanges(stories.get(3));
        log.info("the access matrix: {} changes tried after {}", attempts.size(),
                Duration.between(walkStarted, Instant.now()));
        walkTheReads();
        log.info("the access matrix: {} reads after {}; {} endpoints, {} of them personal data, {} callers",
                cells.size(), Duration.between(walkStarted, Instant.now()), endpoints.size(),
                endpoints.stream().filter(Endpoint::personal).count(), EVERYONE.size());
    }

    @AfterAll
    static void stop() {
        if (calls != null) {
            calls.close();
        }
    }

    // --- the tests ----------------------------------------------------------------------------------------

    @Test
    void theMatrixCoversEveryEndpoint() {
        assertThat(walkProblems).as("the walk itself").isEmpty();
        assertThat(endpoints.stream().map(Endpoint::service).distinct())
                .contains("case-service", "plan-service", "offer-service", "coordination-service", "insight-service");
        List<String> notCalled = endpoints.stream()
                .filter(endpoint -> endpoint.read()
                        ? cells.stream().noneMatch(cell -> cell.endpoint() == endpoint)
                        : attempts.stream().noneMatch(attempt -> attempt.endpoint() == endpoint && attempt.owner()
                        && attempt.exchange().ok()))
                .map(Endpoint::toString).toList();
        assertThat(notCalled).as("endpoints the matrix never called (a change: never successfully by its owner)")
                .isEmpty();
        assertThat(cells).as("calls in the read matrix").hasSizeGreaterThan(2000);
    }

    @Test
    void noOneReadsWhatTheirTieAndTheCitizensConsentDoNotShow() {
        List<String> leaks = new ArrayList<>();
        for (Cell cell : cells) {
            leaks.addAll(leaks(cell.exchange(), cell.endpoint()));
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void whoMaySeeDoesSee() {
        List<String> missing = new ArrayList<>();
        for (Subject subject : subjects) {
            for (Cell cell : cellsOf(SOFIE, subject)) {
                if (cell.endpoint().personal() && citizenAddressed(cell.endpoint()) && cell.endpoint().admits(SOFIE)
                        && !cell.exchange().ok()) {
                    missing.add("the coordinator is refused " + cell);
                }
            }
            for (Secret secret : subject.secrets()) {
                boolean seen = cells.stream().filter(cell -> cell.subject() == subject && !cell.guess()
                                && readsPersonalData(cell.exchange().persona()))
                        .filter(cell -> visible(secret, tie(cell.exchange().persona(), subject), subject,
                                cell.endpoint()))
                        .anyMatch(cell -> shownNormalised(cell.exchange(), cell.endpoint()).contains(normalised(secret.value())));
                if (!seen && !secret.spelling()) {
                    missing.add("no one entitled sees " + secret.what() + " of " + subject);
                }
            }
        }
        Subject given = subject(Consent.GIVEN);
        Subject limited = subject(Consent.LIMITED);
        Subject withdrawn = subject(Consent.WITHDRAWN);
        expectSeen(missing, JONAS, given, "social services' sub-goal", true);
        expectSeen(missing, JONAS, limited, "social services' case", true);
        expectSeen(missing, JONAS, limited, "social services' sub-goal", false);
        expectSeen(missing, JONAS, withdrawn, "social services' case", false);
        expectSeen(missing, SOFIE, withdrawn, "the jobcenter's sub-goal", false);
        expectSeen(missing, JONAS, withdrawn, "the jobcenter's sub-goal", true);
        expectSeen(missing, ANNA, given, "the referral's reason", true);
        expectSeen(missing, ANNA, withdrawn, "the referral's reason", true);
        expectSeen(missing, BOSTED, given, "the enrolment", true);
        expectSeen(missing, BOSTED, withdrawn, "the enrolment", true);
        expectSeen(missing, BOSTED, limited, "the enrolment", false);
        expectSeen(missing, DORTE, given, "the citizen's id", true);
        expectSeen(missing, FRIDA, given, "the name", false);
        expectSeen(missing, ANNA, given, "the CPR number", false);
        assertThat(missing).isEmpty();
    }

    @Test
    void theCitizensCopyIsReadAsTextAndStreamsSendTheirFirstEvent() {
        for (Subject subject : subjects) {
            Cell copy = cellsOf(SOFIE, subject).stream()
                    .filter(cell -> cell.endpoint().template().endsWith("/citizen-copy")).findFirst().orElseThrow();
            assertThat(copy.exchange().ok()).as(copy.toString()).isTrue();
            assertThat(normalised(copy.exchange().text())).as("the PDF's text")
                    .contains(normalised(subject.story().texts.get("subGoal")))
                    .contains(normalised(subject.story().texts.get("dream")));
            Cell stream = cellsOf(SOFIE, subject).stream()
                    .filter(cell -> cell.endpoint().template().endsWith("/stream")).findFirst().orElseThrow();
            assertThat(stream.exchange().text()).as("the plan stream's first event, at once")
                    .contains("event:plan-changed");
        }
        Cell notifications = cells.stream().filter(cell -> cell.exchange().persona() == SOFIE
                        && cell.endpoint().template().equals("/api/coordination/notifications/stream"))
                .findFirst().orElseThrow();
        assertThat(notifications.exchange().text()).as("the notification stream replays the feed first")
                .contains("event:notification");
    }

    @Test
    void aGuessedIdAnswersAsAMadeUpOneDoes() {
        List<String> hints = new ArrayList<>();
        for (Cell cell : cells) {
            Persona persona = cell.exchange().persona();
            if (cell.guess() || cell.subject() == null || !citizenAddressed(cell.endpoint())
                    || tie(persona, cell.subject(), cell.endpoint()) != Tie.NONE) {
                continue;
            }
            int status = cell.exchange().status();
            // a list answered for a made-up id just as for the citizen (say, empty) tells nothing either
            cells.stream().filter(guess -> guess.guess() && guess.endpoint() == cell.endpoint()
                            && guess.exchange().persona() == persona)
                    .filter(guess -> guess.exchange().status() != status || (cell.exchange().ok()
                            && !shown(guess.exchange(), guess.endpoint()).equals(shown(cell.exchange(),
                            cell.endpoint()))))
                    .forEach(guess -> hints.add(cell + " but a made-up id: " + guess.exchange().status()));
            if (status != 403 && status != 404 && !shown(cell.exchange(), cell.endpoint())
                    .matches("\\s*\\[\\s*]\\s*")) {
                hints.add(cell + ": neither 403 nor 404 but " + excerpt(cell.exchange().text()));
            }
        }
        cells.stream().filter(cell -> cell.guess() && cell.exchange().persona() == SOFIE)
                .filter(cell -> cell.exchange().status() != (cell.endpoint().admits(SOFIE) ? 404 : 403))
                .forEach(cell -> hints.add("made-up id: " + cell));
        assertThat(hints).isEmpty();
    }

    @Test
    void everyRoleRuleHoldsOnEveryEndpoint() {
        List<String> broken = new ArrayList<>();
        Stream.concat(cells.stream().map(cell -> Map.entry(cell.endpoint(), cell.exchange())),
                        attempts.stream().map(attempt -> Map.entry(attempt.endpoint(), attempt.exchange())))
                .forEach(call -> {
                    int status = call.getValue().status();
                    if (status >= 500) {
                        broken.add(call.getValue() + ": a server error");
                    } else if (!call.getKey().admits(call.getValue().persona()) && status != 403) {
                        broken.add(call.getValue() + ": the role may not, " + call.getKey().roles().orElseThrow());
                    }
                });
        Set<String> sectorSystemReads = cells.stream()
                .filter(cell -> SYSTEMS.contains(cell.exchange().persona()) && cell.endpoint().personal()
                        && cell.exchange().ok() && !cell.exchange().text().strip().equals("[]"))
                .map(Cell::toString).collect(Collectors.toSet());
        assertThat(sectorSystemReads).as("a sector system reads no personal data").isEmpty();
        List<String> anonymous = new ArrayList<>();
        RestClient noToken = RestClient.builder().baseUrl(platform.platform.gatewayUrl())
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        // one endpoint of every controller: the gateway lets an address fail to sign in only some fifty times in a row
        Map<String, Cell> perController = new LinkedHashMap<>();
        cells.stream().filter(cell -> !cell.guess() && cell.exchange().persona() == SOFIE
                        && (cell.subject() == null || cell.subject() == subject(Consent.GIVEN)))
                .forEach(cell -> perController.putIfAbsent(cell.endpoint().service() + " "
                        + cell.endpoint().handler().getBeanType().getName(), cell));
        for (Cell cell : perController.values()) {
            java.net.URI uri = java.net.URI.create(platform.platform.gatewayUrl() + cell.exchange().path());
            int status = noToken.get().uri(uri).retrieve().toBodilessEntity().getStatusCode().value();
            boolean open = cell.endpoint().template().startsWith("/api/open-data/");
            if (open ? status != 200 : status != 401) {
                anonymous.add("no token: " + cell.exchange().path() + " -> " + status);
            }
        }
        assertThat(broken).isEmpty();
        assertThat(anonymous).isEmpty();
    }

    @Test
    void changesByAnyoneElseAreRefusedWithAValidRequestAndChangeNothing() throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : attempts) {
            if (!attempt.owner() && !attempt.expected().contains(attempt.exchange().status())) {
                wrong.add(attempt + ", expected " + attempt.expected() + ": " + excerpt(attempt.exchange().text()));
            }
        }
        assertThat(wrong).as("refusals").isEmpty();
        assertThat(notificationStillUnread).as("another's attempt left the notification unread").isTrue();

        DatabaseServer postgres = TestInfrastructure.postgres();
        Map<String, Long> denied = new LinkedHashMap<>();
        for (var database : platform.databases.entrySet()) {
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database.getValue()),
                    postgres.username(), postgres.password()); Statement sql = connection.createStatement()) {
                denied.put(database.getKey(), count(sql, "SELECT count(*) FROM domain_event_entry "
                        + "WHERE convert_from(meta_data, 'UTF8') LIKE '%am-denied-%'")
                        + count(sql, "SELECT count(*) FROM audit_log WHERE correlation_id LIKE 'am-denied-%' "
                        + "AND kind = 'CHANGE'"));
            }
        }
        assertThat(denied).as("events and audited changes caused by refused requests, per service")
                .allSatisfy((service, count) -> assertThat(count).isZero());
        // the owners' changes are found the same way, so the check above can see what it looks for
        List<String> unseen = new ArrayList<>();
        for (var database : platform.databases.entrySet()) {
            Set<String> found = new HashSet<>();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database.getValue()),
                    postgres.username(), postgres.password()); Statement sql = connection.createStatement();
                 ResultSet rows = sql.executeQuery("SELECT DISTINCT convert_from(meta_data, 'UTF8')::jsonb "
                         + "->> 'correlationId' FROM domain_event_entry WHERE convert_from(meta_data, 'UTF8') "
                         + "LIKE '%am-change-%'")) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            attempts.stream().filter(attempt -> attempt.owner() && attempt.changesState()
                            && attempt.endpoint().service().equals(database.getKey()))
                    .filter(attempt -> !found.contains(attempt.exchange().correlationId()))
                    .forEach(attempt -> unseen.add(attempt.toString()));
        }
        assertThat(unseen).as("owners' changes without an event of their correlation id").isEmpty();
    }

    @Test
    void everyAccessToPersonalDataIsInTheAuditLogWithWhoWhatWhyAndTheCriteria() {
        List<JsonNode> holstebro = auditView(DORTE);
        List<JsonNode> egedal = auditView(GITTE);
        Map<String, List<JsonNode>> byOrganisation = Map.of("holstebro", holstebro, "egedal", egedal);
        List<String> unlogged = new ArrayList<>();
        Set<Endpoint> logged = new HashSet<>();
        List<Map.Entry<Endpoint, Exchange>> accesses = new ArrayList<>();
        cells.stream().filter(cell -> cell.endpoint().personal() && cell.exchange().ok())
                .forEach(cell -> accesses.add(Map.entry(cell.endpoint(), cell.exchange())));
        attempts.stream().filter(attempt -> attempt.endpoint().personal() && attempt.exchange().ok())
                .forEach(attempt -> accesses.add(Map.entry(attempt.endpoint(), attempt.exchange())));
        for (var access : accesses) {
            Endpoint endpoint = access.getKey();
            Exchange exchange = access.getValue();
            List<JsonNode> view = byOrganisation.get(exchange.persona().organisation());
            Optional<String> why = view != null ? inView(view, endpoint, exchange)
                    : inLog(endpoint, exchange);
            if (why.isEmpty()) {
                logged.add(endpoint);
            } else {
                unlogged.add(exchange + ": " + why.get());
            }
        }
        assertThat(unlogged).as("accesses the audit log does not show (as the DPO of the caller's organisation "
                + "sees it)").isEmpty();
        List<String> neverLogged = endpoints.stream().filter(Endpoint::personal).filter(e -> !logged.contains(e))
                .map(Endpoint::toString).toList();
        assertThat(neverLogged).as("personal-data endpoints with no access in the log").isEmpty();

        assertThat(egedal).as("eva read her own citizen, in egedal's log")
                .anyMatch(entry -> entry.path("who").asString().equals(EVA.userId())
                        && entry.path("citizenId").asString().equals(egedalCitizen.toString())
                        && entry.path("kind").asString().equals("READ"));
        assertThat(egedal).as("a CPR search by egedal that found no one, with the criteria masked")
                .anyMatch(entry -> entry.path("who").asString().equals(EVA.userId())
                        && entry.path("what").asString().equals("cpr")
                        && entry.path("criteria").asString().contains("XXXX")
                        && entry.path("citizenId").isNull());
        Set<String> holstebroCitizens = subjects.stream().map(s -> s.story().citizen.toString())
                .collect(Collectors.toSet());
        assertThat(holstebro).as("the DPO sees her organisation's accesses and her citizens', not egedal's")
                .isNotEmpty()
                .noneMatch(entry -> entry.path("citizenId").asString().equals(egedalCitizen.toString())
                        || !entry.path("organisation").asString().equals("holstebro")
                        && entry.path("citizenId").isNull());
        assertThat(egedal).as("another municipality's DPO sees no access by holstebro")
                .noneMatch(entry -> entry.path("organisation").asString().equals("holstebro"));
        assertThat(holstebro).as("and holstebro's DPO sees egedal's looking at holstebro's citizens")
                .anyMatch(entry -> entry.path("organisation").asString().equals("egedal")
                        && holstebroCitizens.contains(entry.path("citizenId").asString()));
        assertThat(Stream.concat(holstebro.stream(), egedal.stream()))
                .as("no CPR number in the audit log").noneMatch(entry -> subjects.stream()
                        .anyMatch(subject -> entry.toString().contains(subject.story().cpr.substring(7))
                                && entry.toString().contains(subject.story().cpr.substring(0, 6))));
    }

    // --- the read matrix ----------------------------------------------------------------------------------

    private static void walkTheReads() {
        List<Supplier<Cell>> planned = new ArrayList<>();
        List<Persona> streamPersonas = new ArrayList<>();
        List<String> streamPaths = new ArrayList<>();
        List<Subject> streamSubjects = new ArrayList<>();
        List<Endpoint> streamEndpoints = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            if (!endpoint.read()) {
                continue;
            }
            Map<String, Subject> paths = new LinkedHashMap<>();
            for (Subject subject : subjects) {
                Optional<String> path = endpoint.resolve(values(endpoint, subject, false), extraQuery(endpoint,
                        subject));
                if (path.isEmpty()) {
                    walkProblems.add("cannot fill " + endpoint);
                    break;
                }
                paths.put(path.get(), subject);
            }
            boolean global = paths.size() == 1 && subjects.size() > 1;
            for (var path : paths.entrySet()) {
                Subject subject = global ? null : path.getValue();
                for (Persona persona : EVERYONE) {
                    if (endpoint.stream()) {
                        streamPersonas.add(persona);
                        streamPaths.add(path.getKey());
                        streamSubjects.add(subject);
                        streamEndpoints.add(endpoint);
                    } else {
                        planned.add(() -> new Cell(subject, endpoint, calls.get(persona, path.getKey()), false));
                    }
                }
            }
            if (citizenAddressed(endpoint) && !endpoint.stream()) {
                String guessed = endpoint.resolve(values(endpoint, subjects.get(0), true),
                        extraQuery(endpoint, subjects.get(0))).orElseThrow();
                for (Persona persona : GUESSERS) {
                    planned.add(() -> new Cell(subjects.get(0), endpoint, calls.get(persona, guessed), true));
                }
            }
        }
        cells.addAll(calls.all(planned));
        List<Exchange> streamed = calls.streams(streamPersonas, streamPaths);
        for (int i = 0; i < streamed.size(); i++) {
            cells.add(new Cell(streamSubjects.get(i), streamEndpoints.get(i), streamed.get(i), false));
        }
    }

    private static Map<String, Object> values(Endpoint endpoint, Subject subject, boolean guess) {
        Map<String, Object> values = new LinkedHashMap<>(subject.story().ids);
        values.put("teamId", "voksen-holstebro");
        values.put("name", "InternshipStarted");
        values.put("asOf", DanishTime.today());
        if (endpoint.service().equals("insight-service")) {
            values.put("caseId", investmentCaseId);
            values.put("id", "follow-ups");
        } else if (endpoint.service().equals("offer-service")) {
            values.put("id", subject.story().ids.get("offerId"));
        }
        if (guess) {
            CITIZEN_VARIABLES.stream().filter(values::containsKey)
                    .filter(name -> !endpoint.service().equals("insight-service"))
                    .forEach(name -> values.put(name, ApiCatalog.randomId()));
        }
        return values;
    }

    /** Searches are called with criteria, so that the audit log must show them. */
    private static String extraQuery(Endpoint endpoint, Subject subject) {
        return switch (endpoint.template()) {
            case "/api/coordination/referrals" -> "direction=incoming";
            case "/api/coordination/notifications" -> "unreadOnly=false&limit=100";
            case "/api/plans/follow-ups-due" -> "dueBy=" + DanishTime.today().plusYears(1);
            case "/api/offers/{offerId}/enrolments" -> "includeEnded=true";
            default -> endpoint.template().startsWith("/api/audit/") && endpoint.template().endsWith("/entries")
                    ? "citizenId=" + subject.story().citizen + "&limit=1000" : null;
        };
    }

    static boolean citizenAddressed(Endpoint endpoint) {
        return !endpoint.service().equals("insight-service")
                && endpoint.variables().stream().anyMatch(CITIZEN_VARIABLES::contains)
                || endpoint.template().startsWith("/api/audit/") && endpoint.template().endsWith("/entries");
    }

    private static List<String> leaks(Exchange exchange, Endpoint endpoint) {
        List<String> leaks = new ArrayList<>();
        String text = shownNormalised(exchange, endpoint);
        for (Subject subject : subjects) {
            Tie tie = tie(exchange.persona(), subject, endpoint);
            for (Secret secret : subject.secrets()) {
                if (!visible(secret, tie, subject, endpoint) && text.contains(normalised(secret.value()))) {
                    leaks.add(exchange + " shows " + secret.what() + " of " + subject + " to " + tie + ": "
                            + excerpt(exchange.text(), secret.value()));
                }
            }
        }
        return leaks;
    }

    private static final Map<Exchange, String> SHOWN = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #shown(Exchange, Endpoint)}, whitespace made single spaces, worked out once per call. */
    static String shownNormalised(Exchange exchange, Endpoint endpoint) {
        return SHOWN.computeIfAbsent(exchange, e -> normalised(shown(e, endpoint)));
    }

    /**
     * What the response tells the caller that the caller did not already say: a refusal without the ids the request
     * named (a 404 names the id it was asked for) and, in the audit log, without the caller's own accesses.
     */
    static String shown(Exchange exchange, Endpoint endpoint) {
        String text = exchange.text();
        if ("audit-log".equals(endpoint.category()) && exchange.ok() && text.startsWith("[")) {
            List<JsonNode> others = new ArrayList<>();
            exchange.json().forEach(entry -> {
                if (!entry.path("who").asString().equals(exchange.persona().userId())) {
                    others.add(entry);
                }
            });
            text = others.toString();
        }
        if (!exchange.ok()) {
            for (String part : exchange.path().split("[/?&=]")) {
                if (part.length() >= 36) {
                    text = text.replace(part, "");
                }
            }
        }
        return text;
    }

    static boolean visible(Secret secret, Tie tie, Subject subject, Endpoint endpoint) {
        if (tie == Tie.DPO) {
            return !secret.what().startsWith("the CPR number");
        }
        if (secret.alsoSeenBy().contains(tie)) {
            return true;
        }
        if (tie != Tie.SOCIAL_SERVICES && tie != Tie.JOBCENTER) {
            return false;
        }
        String own = tie == Tie.SOCIAL_SERVICES ? "social-services" : "jobcenter";
        return secret.sector() == null || secret.sector().equals(own) || subject.consent().shares(secret.category());
    }

    /** How the persona stands to the subject for this endpoint (a DPO is one only in the audit log). */
    static Tie tie(Persona persona, Subject subject, Endpoint endpoint) {
        Tie tie = tie(persona, subject);
        return tie == Tie.DPO && !"audit-log".equals(endpoint.category()) ? Tie.NONE : tie;
    }

    static Tie tie(Persona persona, Subject subject) {
        if (persona.roles().contains("partner")) {
            return subject.partnerIsParty() ? Tie.PARTNER : Tie.NONE;
        }
        if (!"holstebro".equals(persona.organisation())) {
            return Tie.NONE;
        }
        if (persona.roles().contains("dpo")) {
            return Tie.DPO;
        }
        if (!readsPersonalData(persona)) {
            return Tie.NONE;
        }
        return switch (persona.sector()) {
            case "social-services" -> Tie.SOCIAL_SERVICES;
            case "jobcenter" -> Tie.JOBCENTER;
            case "addiction-centre" -> Tie.REFERRED_TO;
            default -> Tie.NONE;
        };
    }

    /** Casework roles, and a partner institution for what it is party to. */
    private static boolean readsPersonalData(Persona persona) {
        return persona.roles().stream().anyMatch(role -> List.of("caseworker", "coordinator", "team-leader",
                "partner").contains(role));
    }

    private static Subject subject(Consent consent, Scenario story, boolean partnerIsParty) {
        Map<String, Object> ids = story.ids;
        Map<String, String> texts = story.texts;
        Set<Tie> partner = Set.of(Tie.PARTNER);
        Set<Tie> none = Set.of();
        List<Secret> secrets = List.of(
                new Secret("the citizen's id", story.citizen.toString(), null, "cases",
                        Set.of(Tie.PARTNER, Tie.REFERRED_TO)),
                new Secret("the CPR number", story.cpr, null, "cpr", none),
                new Secret("the CPR number without dash", story.cpr.replace("-", ""), null, "cpr", none),
                new Secret("the name", story.name, null, "citizen", Set.of(Tie.PARTNER, Tie.REFERRED_TO)),
                new Secret("the dream", texts.get("dream"), null, "plan", partner),
                new Secret("the goal", texts.get("goal"), null, "plan", partner),
                new Secret("the goal's id", ids.get("goalId").toString(), null, "plan", partner),
                new Secret("the citizen's comment", texts.get("citizenComment"), null, "plan", partner),
                new Secret("the consent", ids.get("consentId").toString(), null, "consent", partner),
                new Secret("social services' case", ids.get("caseId").toString(), "social-services", "cases", none),
                new Secret("the jobcenter's case", ids.get("jobcenterCaseId").toString(), "jobcenter", "cases", none),
                new Secret("social services' sub-goal", texts.get("subGoal"), "social-services", "plan", none),
                new Secret("social services' sub-goal's id", ids.get("subGoalId").toString(), "social-services",
                        "plan", Set.of(Tie.REFERRED_TO)),
                new Secret("the reading", texts.get("reading"), "social-services", "plan", none),
                new Secret("the activity", texts.get("activity"), "social-services", "plan", none),
                new Secret("the activity's id", ids.get("activityId").toString(), "social-services", "plan", none),
                new Secret("the jobcenter's sub-goal", texts.get("jobcenterSubGoal"), "jobcenter", "plan", none),
                new Secret("the jobcenter's sub-goal's id", ids.get("jobcenterSubGoalId").toString(), "jobcenter",
                        "plan", none),
                new Secret("the grant", ids.get("grantId").toString(), "social-services", "grants", none),
                new Secret("the frame grant", ids.get("frameGrantId").toString(), "social-services", "grants", none),
                new Secret("the enrolment", ids.get("enrolmentId").toString(), "social-services", "enrolments",
                        partner),
                new Secret("the referral", ids.get("referralId").toString(), "social-services", "referrals",
                        Set.of(Tie.REFERRED_TO)),
                new Secret("the referral's reason", texts.get("referral"), "social-services", "referrals",
                        Set.of(Tie.REFERRED_TO)),
                new Secret("the meeting", ids.get("meetingId").toString(), "social-services", "meetings",
                        Set.of(Tie.JOBCENTER)),
                new Secret("the meeting's decision", texts.get("decision"), "social-services", "plan", none),
                new Secret("the internship", texts.get("internship"), "jobcenter", "sector-events", none));
        return new Subject(consent, story, partnerIsParty, secrets);
    }

    static Subject subject(Consent consent) {
        return subjects.stream().filter(subject -> subject.consent() == consent).findFirst().orElseThrow();
    }

    /**
     * Limits or withdraws the consent of the second and third citizens, ends the second one's enrolment (so the
     * partner is no longer party to that citizen), and waits until every service acts on it.
     */
    private static void settle(List<Subject> subjects) {
        for (Subject subject : subjects) {
            Scenario story = subject.story();
            String consent = "/api/coordination/citizens/" + story.citizen + "/consents/" + story.consent;
            if (subject.consent() == Consent.LIMITED) {
                ok(SOFIE, HttpMethod.POST, consent + "/limit", Map.of("sectors", List.of("social-services",
                        "jobcenter"), "categories", List.of("cases")));
                ok(SOFIE, HttpMethod.POST, "/api/enrolments/" + story.ids.get("enrolmentId") + "/end",
                        Map.of("outcome", "discontinued"));
            } else if (subject.consent() == Consent.WITHDRAWN) {
                ok(SOFIE, HttpMethod.POST, consent + "/withdraw", null);
            }
        }
        for (Subject subject : subjects) {
            Scenario story = subject.story();
            UUID citizen = story.citizen;
            Map<String, Boolean> jonasSees = new LinkedHashMap<>();
            jonasSees.put("/api/plans/citizens/" + citizen + "|" + story.texts.get("subGoal"),
                    subject.consent().shares("plan"));
            jonasSees.put("/api/grants?citizenId=" + citizen + "|" + story.ids.get("grantId"),
                    subject.consent().shares("grants"));
            jonasSees.put("/api/cases?citizenId=" + citizen + "|" + story.ids.get("caseId"),
                    subject.consent().shares("cases"));
            jonasSees.put("/api/enrolments?citizenId=" + citizen + "|" + story.ids.get("enrolmentId"),
                    subject.consent().shares("enrolments"));
            jonasSees.put("/api/coordination/citizens/" + citizen + "/referrals|" + story.ids.get("referralId"),
                    subject.consent().shares("referrals"));
            for (var expectation : jonasSees.entrySet()) {
                String[] pathAndText = expectation.getKey().split("\\|");
                await(subject + ": jonas " + (expectation.getValue() ? "sees " : "does not see ") + expectation.getKey())
                        .atMost(Scenario.WAIT).pollInterval(Duration.ofMillis(200)).until(() -> contains(
                        calls.get(JONAS, pathAndText[0]).text(), pathAndText[1]) == expectation.getValue());
            }
            for (String path : List.of("/api/plans/citizens/" + citizen, "/api/enrolments/" + story.ids.get(
                    "enrolmentId"), "/api/coordination/citizens/" + citizen + "/timeline")) {
                await(subject + ": the partner reads " + path + " " + subject.partnerIsParty()).atMost(Scenario.WAIT)
                        .pollInterval(Duration.ofMillis(200)).until(() -> calls.get(BOSTED, path).ok()
                                == subject.partnerIsParty());
            }
        }
    }

    // --- the change walk ----------------------------------------------------------------------------------

    /**
     * Each change, with the request its owner sends successfully, is first sent as it is by everyone else:
     * their refusal is a 404 (a citizen they have no business with), a 403 (a role that may never, or a party
     * that may see but not do this) or, for a party that sees the thing, the domain's own 409 or 422.
     */
    private static void walkTheChanges(Scenario story) {
        UUID citizen = story.citizen;
        Map<String, Object> ids = story.ids;
        String plan = "/api/plans/citizens/" + citizen;
        String coordination = "/api/coordination/citizens/" + citizen;
        String today = DanishTime.today().toString();

        // the municipality's citizens: registered and cased by the jobcenter's system, by social services
        String x2Cpr = cpr();
        UUID x2 = uuid(change("register a citizen", JOBCENTER_SYSTEM, HttpMethod.POST, "/api/citizens",
                Map.of("cpr", x2Cpr, "name", "Matrix Registreret"), union(CASEWORKERS, SYSTEMS), Set.of(), true),
                "citizenId");
        // any sector of any organisation may open its own case for a registered citizen: that is how the region's
        // psychiatry or probation begins to work with the municipality's citizen, so only roles are refused here
        UUID x2Case = uuid(change("open a case", JOBCENTER_SYSTEM, HttpMethod.POST, "/api/cases",
                Map.of("citizenId", x2, "legalBasis", "LAB §2", "caseworkerId", JONAS.userId()),
                union(CASEWORKERS, SYSTEMS), Set.of(), true), "caseId");
        UUID x1 = uuid(json(ok(SOFIE, HttpMethod.POST, "/api/citizens", Map.of("cpr", cpr(),
                "name", "Matrix Slettes"))), "citizenId");
        ok(SOFIE, HttpMethod.POST, "/api/cases", Map.of("citizenId", x1, "legalBasis", "Serviceloven §85"));
        egedalCitizen = uuid(json(ok(EVA, HttpMethod.POST, "/api/citizens", Map.of("cpr", cpr(),
                "name", "Matrix Egedal"))), "citizenId");
        ok(EVA, HttpMethod.POST, "/api/cases", Map.of("citizenId", egedalCitizen, "legalBasis", "Serviceloven §85"));
        await().atMost(Scenario.WAIT).until(() -> calls.get(EVA, "/api/citizens/" + egedalCitizen).ok()
                && calls.get(SOFIE, "/api/coordination/citizens/" + x1 + "/involved-sectors").text()
                .contains("social-services")
                && calls.get(JONAS, "/api/cases/" + x2Case).ok());

        change("look up a citizen by CPR number", SOFIE, HttpMethod.POST, "/api/citizens/lookup",
                Map.of("cpr", story.cpr), CASEWORK_IN_HOLSTEBRO, Set.of(), false);
        change("resolve a CPR number to the citizen's id", JOBCENTER_SYSTEM, HttpMethod.POST,
                "/api/citizens/resolve", Map.of("cpr", story.cpr), union(CASEWORK_IN_HOLSTEBRO, SYSTEMS), Set.of(),
                false);
        UUID jobcenterCase = (UUID) ids.get("jobcenterCaseId");
        change("transfer a case", JOBCENTER_SYSTEM, HttpMethod.POST, "/api/cases/" + jobcenterCase + "/transfer",
                Map.of("expectedVersion", version(JONAS, "/api/cases/" + jobcenterCase), "toCaseworkerId",
                        METTE.userId(), "reason", "Ny sagsbehandler i jobcentret"),
                union(JOB, Set.of(JOBCENTER_SYSTEM)), SOCIAL, true);

        // grants
        // begun three months ago, a §85 grant of under three hours a week falls due for revisitation today
        Map<String, Object> grant = new LinkedHashMap<>(Map.of("citizenId", citizen, "caseId", ids.get("caseId"),
                "offerId", ids.get("offerId"), "hoursPerWeek", 2, "validFrom", DanishTime.today().minusMonths(3)
                        .toString(), "validUntil", DanishTime.today().plusMonths(3).toString(),
                "legalBasis", "Serviceloven §85", "externalPlacement", false));
        UUID inForce = uuid(change("propose a grant", SOFIE, HttpMethod.POST, "/api/grants", grant, SOCIAL, JOB,
                true), "grantId");
        grant.put("hoursPerWeek", 30);
        grant.put("externalPlacement", true);
        UUID toApprove = uuid(json(ok(SOFIE, HttpMethod.POST, "/api/grants", grant)), "grantId");
        UUID toReject = uuid(json(ok(SOFIE, HttpMethod.POST, "/api/grants", grant)), "grantId");
        change("approve a grant", LENE, HttpMethod.POST, "/api/grants/" + toApprove + "/approval",
                Map.of("expectedVersion", version(SOFIE, "/api/grants/" + toApprove)), Set.of(LENE), Set.of(BO),
                true);
        change("reject a grant", LENE, HttpMethod.POST, "/api/grants/" + toReject + "/rejection",
                Map.of("expectedVersion", version(SOFIE, "/api/grants/" + toReject), "reason", "For mange timer"),
                Set.of(LENE), Set.of(BO), true);
        await("the grant falls due for revisitation").atMost(Scenario.WAIT).until(() -> calls.get(SOFIE,
                "/api/grants/" + inForce).json().hasNonNull("revisitationDueOn"));
        change("revisit a grant", SOFIE, HttpMethod.POST, "/api/grants/" + inForce + "/revisitation",
                Map.of("expectedVersion", version(SOFIE, "/api/grants/" + inForce), "decision", "CONTINUE"),
                SOCIAL, JOB, true);
        change("grant a frame", LENE, HttpMethod.POST, "/api/grants/frames", Map.of("citizenId", citizen,
                        "caseId", ids.get("caseId"), "budgetHours", 50, "validFrom", today,
                        "validUntil", DanishTime.today().plusYears(1).toString(), "legalBasis", "Serviceloven §85"),
                Set.of(LENE), Set.of(BO), true);

        // teams (no personal data, but team leaders' alone)
        String team = "matrix-" + story.tag;
        change("define a team", LENE, HttpMethod.POST, "/api/teams", Map.of("teamId", team, "name", "Matrixteamet",
                "recommendedCaseload", 20, "authorityHoursPerWeek", 5), Set.of(LENE, BO), Set.of(), true);
        change("change a team", LENE, HttpMethod.PUT, "/api/teams/" + team, Map.of("expectedVersion",
                        version(LENE, "/api/teams/" + team), "name", "Matrixteamet", "recommendedCaseload", 25,
                        "authorityHoursPerWeek", 5), Set.of(LENE), Set.of(BO), true);
        change("add a team member", LENE, HttpMethod.PUT, "/api/teams/" + team + "/members/ny.kollega", null,
                Set.of(LENE), Set.of(BO), true);
        change("close a case", JOBCENTER_SYSTEM, HttpMethod.POST, "/api/cases/" + x2Case + "/closing",
                Map.of("expectedVersion", version(JONAS, "/api/cases/" + x2Case), "reason", "Afsluttet"),
                union(JOB, Set.of(JOBCENTER_SYSTEM)), Set.of(), true);

        // the plan
        await().atMost(Scenario.WAIT).until(() -> calls.call(SOFIE, HttpMethod.GET, "/api/coordination/citizens/"
                + x1 + "/coordinator", null, "read").ok());
        change("create a plan", SOFIE, HttpMethod.POST, "/api/plans/citizens/" + x1,
                Map.of("dream", "At komme ud at gå hver dag"), SOCIAL, Set.of(), true);
        change("write the dream", SOFIE, HttpMethod.PUT, plan + "/dream", Map.of("dream",
                story.texts.get("dream") + " og rejse", "reason", "Med borgerens egne ord"), INVOLVED, Set.of(), true);
        UUID goal = uuid(change("add a goal", SOFIE, HttpMethod.POST, plan + "/goals",
                Map.of("text", "Have en hverdag med struktur"), INVOLVED, Set.of(), true), "goalId");
        change("reword a goal", SOFIE, HttpMethod.PUT, plan + "/goals/" + goal, Map.of("text",
                "Have en hverdag med faste rammer", "reason", "Borgeren formulerede det bedre"), INVOLVED, Set.of(),
                true);
        Map<String, Object> subGoal = subGoal(goal, "Stå op kl. 8 på hverdage");
        UUID changed = uuid(change("add a sub-goal", SOFIE, HttpMethod.POST, plan + "/sub-goals", subGoal, SOCIAL,
                JOB, true), "subGoalId");
        UUID dropped = uuid(json(ok(SOFIE, HttpMethod.POST, plan + "/sub-goals", subGoal(goal, "Gå til fitness"))),
                "subGoalId");
        Map<String, Object> change = new LinkedHashMap<>(subGoal);
        change.remove("goalId");
        change.remove("owningSector");
        change.put("version", 1);
        change.put("reason", "Borgeren vil hellere stå op kl. 9");
        long version = json(change("change a sub-goal", SOFIE, HttpMethod.PUT, plan + "/sub-goals/" + changed,
                change, SOCIAL, JOB, true)).path("version").asLong();
        change("achieve a sub-goal", SOFIE, HttpMethod.POST, plan + "/sub-goals/" + changed + "/achieve",
                Map.of("version", version, "note", "Det lykkedes"), SOCIAL, JOB, true);
        change("drop a sub-goal", SOFIE, HttpMethod.POST, plan + "/sub-goals/" + dropped + "/drop",
                Map.of("version", 1, "reason", "Ikke relevant længere"), SOCIAL, JOB, true);
        UUID activity = uuid(change("add an activity", SOFIE, HttpMethod.POST, plan + "/activities", Map.of(
                "kind", "OTHER", "title", "Morgenvækning", "startsOn", today,
                "subGoalIds", List.of(ids.get("subGoalId"))), INVOLVED, Set.of(), true), "activityId");
        change("end an activity", SOFIE, HttpMethod.POST, plan + "/activities/" + activity + "/end",
                Map.of("endedOn", today, "reason", "Ikke nødvendig mere"), SOCIAL, JOB, true);
        change("record a follow-up", SOFIE, HttpMethod.POST, plan + "/follow-ups", Map.of("heldOn", today,
                        "participants", List.of(Map.of("name", "Sofie Sørensen", "role", "koordinator"))),
                INVOLVED, Set.of(), true);
        change("set the follow-up frequency", SOFIE, HttpMethod.PUT, plan + "/follow-up-frequency",
                Map.of("months", 5, "reason", "Sjældnere opfølgning"), INVOLVED, Set.of(), true);

        // offers and enrolments
        Set<Persona> editors = Set.of(LENE, BO, BOSTED);
        UUID offer = uuid(change("publish an offer", LENE, HttpMethod.POST, "/api/offers",
                Scenario.offer("GROUP_COURSE", "bosted-aaen"), editors, Set.of(), true), "offerId");
        UUID retired = uuid(change("publish another provider's offer", LENE, HttpMethod.POST, "/api/offers",
                Scenario.offer("GROUP_COURSE", "holstebro-kommune"), Set.of(LENE, BO), Set.of(BOSTED), true),
                "offerId");
        Map<String, Object> details = Scenario.offer("GROUP_COURSE", "bosted-aaen");
        details.remove("prices");
        Map<String, Object> prices = new LinkedHashMap<>(Map.of("basicRate", Map.of("code", "BASIS",
                "name", "Grundtakst", "amount", 475, "unit", "HOUR", "coveredItems", List.of("Gåtur", "Kaffe"))));
        details.put("expectedVersion", 1);
        details.put("capacity", 14);
        change("change an offer", LENE, HttpMethod.PUT, "/api/offers/" + offer, details, editors, Set.of(), true);
        prices.put("expectedVersion", 2);
        change("set an offer's prices", LENE, HttpMethod.PUT, "/api/offers/" + offer + "/prices", prices, editors,
                Set.of(), true);
        change("retire an offer", LENE, HttpMethod.POST, "/api/offers/" + retired + "/retire",
                Map.of("reason", "Erstattet af et nyt tilbud"), Set.of(LENE, BO), Set.of(BOSTED), true);
        Map<String, Object> punchCard = Scenario.offer("PUNCH_CARD", "bosted-aaen");
        punchCard.put("punchCardVisits", 5);
        UUID punchCardOffer = uuid(json(ok(LENE, HttpMethod.POST, "/api/offers", punchCard)), "offerId");
        await().atMost(Scenario.WAIT).until(() -> calls.get(SOFIE, "/api/offers/" + punchCardOffer).ok());
        Set<Persona> attendance = union(SOCIAL, Set.of(BOSTED));
        UUID enrolment = uuid(change("enrol a citizen", SOFIE, HttpMethod.POST, "/api/enrolments",
                Map.of("offerId", punchCardOffer, "citizenId", citizen), INVOLVED, Set.of(), true), "enrolmentId");
        await().atMost(Scenario.WAIT).until(() -> calls.get(BOSTED, "/api/enrolments/" + enrolment).ok());
        change("start on an offer", BOSTED, HttpMethod.POST, "/api/enrolments/" + enrolment + "/start",
                Map.of("startedOn", today), attendance, JOB, true);
        change("use a punch-card visit", BOSTED, HttpMethod.POST, "/api/enrolments/" + enrolment + "/visits",
                Map.of("visitedOn", today), attendance, JOB, true);
        change("complete an offer", SOFIE, HttpMethod.POST, "/api/enrolments/" + enrolment + "/complete",
                Map.of("completedOn", today), attendance, JOB, true);
        change("end an enrolment", SOFIE, HttpMethod.POST, "/api/enrolments/" + ids.get("enrolmentId") + "/end",
                Map.of("outcome", "discontinued"), attendance, JOB, true);

        // coordination
        change("designate the coordinator", SOFIE, HttpMethod.PUT, "/api/coordination/citizens/" + x1
                + "/coordinator", Map.of("caseworkerId", SOFIE.userId()), SOCIAL, Set.of(), true);
        UUID consent = uuid(change("record a consent", SOFIE, HttpMethod.POST, coordination + "/consents",
                Map.of("sectors", List.of("social-services", "jobcenter"), "categories", List.of("plan")), INVOLVED,
                Set.of(), true), "consentId");
        change("limit a consent", SOFIE, HttpMethod.POST, coordination + "/consents/" + consent + "/limit",
                Map.of("sectors", List.of("social-services", "jobcenter"), "categories", List.of("plan"),
                        "validUntil", DanishTime.today().plusYears(1).toString()), INVOLVED, Set.of(), true);
        change("withdraw a consent", SOFIE, HttpMethod.POST, coordination + "/consents/" + consent + "/withdraw",
                null, INVOLVED, Set.of(), true);
        UUID toJobcenter = uuid(change("refer the citizen", SOFIE, HttpMethod.POST, coordination + "/referrals",
                Map.of("toSector", "jobcenter", "toOrganisation", "holstebro", "reason", "Afklaring af arbejdsevne",
                        "subGoalId", ids.get("subGoalId")), INVOLVED, Set.of(), true), "referralId");
        UUID toPsychiatry = uuid(json(ok(SOFIE, HttpMethod.POST, coordination + "/referrals", Map.of(
                "toSector", "psychiatry", "toOrganisation", "region-midt", "reason", "Udredning",
                "subGoalId", ids.get("subGoalId")))), "referralId");
        String referral = "/api/coordination/referrals/" + ids.get("referralId");
        Set<Persona> seeTheReferral = union(INVOLVED, Set.of());
        change("accept a referral", ANNA, HttpMethod.POST, referral + "/accept", null, Set.of(ANNA), seeTheReferral,
                true);
        change("start on a referral", ANNA, HttpMethod.POST, referral + "/start", null, Set.of(ANNA),
                seeTheReferral, true);
        change("complete a referral", ANNA, HttpMethod.POST, referral + "/complete", Map.of("note", "Forløb slut"),
                Set.of(ANNA), seeTheReferral, true);
        change("reject a referral", JONAS, HttpMethod.POST, "/api/coordination/referrals/" + toJobcenter + "/reject",
                Map.of("reason", "no-capacity"), JOB, SOCIAL, true);
        change("withdraw a referral", SOFIE, HttpMethod.POST, "/api/coordination/referrals/" + toPsychiatry
                + "/withdraw", Map.of("reason", "Ikke længere aktuelt"), SOCIAL, union(JOB, Set.of(PETER)), true);
        Map<String, Object> meetingRequest = new LinkedHashMap<>(Map.of(
                "startsAt", Instant.now().plus(Duration.ofDays(14)).toString(), "location", "Rådhuset",
                "sectors", List.of("social-services", "jobcenter"), "citizenInvited", true,
                "agendaSubGoalIds", List.of(ids.get("subGoalId"))));
        UUID meeting = uuid(change("schedule a meeting", SOFIE, HttpMethod.POST, coordination + "/meetings",
                meetingRequest, INVOLVED, Set.of(), true), "meetingId");
        meetingRequest.put("startsAt", Scenario.laterToday().toString());
        UUID heldToday = uuid(json(ok(SOFIE, HttpMethod.POST, coordination + "/meetings", meetingRequest)),
                "meetingId");
        change("record a meeting's decision", SOFIE, HttpMethod.POST, coordination + "/meetings/" + heldToday
                + "/decisions", Map.of("subGoalId", ids.get("subGoalId"), "text", "Borgeren får en mentor",
                "responsibleSector", "social-services"), INVOLVED, Set.of(), true);
        change("cancel a meeting", SOFIE, HttpMethod.POST, coordination + "/meetings/" + meeting + "/cancel",
                Map.of("reason", "Borgeren er syg"), INVOLVED, Set.of(), true);
        await().atMost(Scenario.WAIT).until(() -> calls.get(SOFIE, "/api/coordination/notifications?unreadOnly=true")
                .json().size() > 0);
        long notification = calls.get(SOFIE, "/api/coordination/notifications?unreadOnly=true").json().get(0)
                .path("id").asLong();
        change("mark a notification read", SOFIE, HttpMethod.POST, "/api/coordination/notifications/"
                + notification + "/read", null, SOCIAL, Set.of(), false, () -> notificationStillUnread = StreamSupport
                .stream(calls.get(SOFIE, "/api/coordination/notifications?unreadOnly=true").json().spliterator(),
                        false).anyMatch(found -> found.path("id").asLong() == notification));

        // the investment calculator: management and team leaders
        Set<Persona> insight = Set.of(MORTEN, LENE, BO);
        change("project an investment", MORTEN, HttpMethod.POST, "/api/insight/calculator/projection",
                assumptions(), insight, Set.of(), false);
        investmentCaseId = json(change("store an investment case", MORTEN, HttpMethod.POST,
                "/api/insight/calculator/cases", assumptions(), insight, Set.of(), true)).path("caseId").asString();
        change("change an investment case", MORTEN, HttpMethod.PUT, "/api/insight/calculator/cases/"
                        + investmentCaseId, Map.of("expectedVersion", 1, "note", "Flere medarbejdere",
                        "assumptions", assumptions(3)), insight, Set.of(), true);

        // last: the DPO erases a citizen whose case is closed
        change("erase a citizen", DORTE, HttpMethod.POST, "/api/citizens/" + x2 + "/erasure",
                Map.of("legalBasis", "Databeskyttelsesforordningen art. 17"), Set.of(DORTE), Set.of(), true);
    }

    private static Exchange change(String what, Persona owner, HttpMethod method, String path, Object body,
                                   Set<Persona> allowed, Set<Persona> related, boolean changesState) {
        return change(what, owner, method, path, body, allowed, related, changesState, () -> { });
    }

    /**
     * Sends the owner's request as everyone not {@code allowed} first (a {@code related} persona may see what is
     * changed and be refused by the domain), runs {@code afterRefusals}, then as the owner, which must succeed.
     */
    private static Exchange change(String what, Persona owner, HttpMethod method, String path, Object body,
                                   Set<Persona> allowed, Set<Persona> related, boolean changesState,
                                   Runnable afterRefusals) {
        Endpoint endpoint = endpoints.stream().filter(candidate -> candidate.matches(method, path)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no endpoint " + method + " " + path));
        List<Persona> others = EVERYONE.stream().filter(persona -> persona != owner && !allowed.contains(persona))
                .toList();
        List<Supplier<Attempt>> refusals = others.stream().<Supplier<Attempt>>map(persona -> () -> {
            Set<Integer> expected = !endpoint.admits(persona) ? Set.of(403)
                    : related.contains(persona) ? Set.of(403, 404, 409, 422) : Set.of(404);
            return new Attempt(what, endpoint, calls.call(persona, method, path, body, "denied"), false, expected,
                    changesState);
        }).toList();
        attempts.addAll(calls.all(refusals));
        afterRefusals.run();
        Exchange done = calls.call(owner, method, path, body, "change");
        attempts.add(new Attempt(what, endpoint, done, true, Set.of(), changesState));
        if (!done.ok()) {
            throw new IllegalStateException(what + " failed for its owner: " + done + " " + done.text()
                    + "\n after: " + attempts.stream().filter(a -> a.change().equals(what)).toList()
                    + "\n logged: " + platform.log.stream().filter(line -> line.contains(done.correlationId()))
                    .toList());
        }
        return done;
    }

    private static Exchange ok(Persona persona, HttpMethod method, String path, Object body) {
        Exchange exchange = calls.call(persona, method, path, body, "setup");
        if (!exchange.ok()) {
            throw new IllegalStateException(exchange + " " + exchange.text());
        }
        return exchange;
    }

    private static long version(Persona reader, String path) {
        return await().atMost(Scenario.WAIT).until(() -> calls.get(reader, path), Exchange::ok).json()
                .path("version").asLong();
    }

    private static Map<String, Object> subGoal(UUID goal, String description) {
        return new LinkedHashMap<>(Map.of("goalId", goal, "description", description, "owningSector",
                "social-services", "priority", 2, "dueOn", DanishTime.today().plusMonths(2).toString(),
                "lifeArea", "PRACTICAL_TASKS", "measurement", Map.of("kind", "SCALE_1_TO_10", "baseline", 2,
                        "target", 7)));
    }

    private static Map<String, Object> assumptions() {
        return assumptions(2);
    }

    private static Map<String, Object> assumptions(int extraCaseworkers) {
        Map<String, Object> assumptions = new LinkedHashMap<>();
        assumptions.put("title", "Flere koordinatorer");
        assumptions.put("firstYear", DanishTime.today().getYear() + 1);
        assumptions.put("horizonYears", 5);
        assumptions.put("extraCaseworkers", extraCaseworkers);
        assumptions.put("yearlyCostPerCaseworker", 550000);
        assumptions.put("newOfferYearlyCost", 100000);
        assumptions.put("oneOffCost", 50000);
        assumptions.put("yearsInTemporaryHousingAfter", 1);
        assumptions.put("fewerCitizensOnBenefits", 3);
        assumptions.put("yearlyBenefitPerCitizen", 120000);
        assumptions.put("fewerExternalPlacements", 0);
        assumptions.put("rampUpYears", 2);
        assumptions.put("discountRate", 0.035);
        return assumptions;
    }

    private static String cpr() {
        return TestCpr.random();
    }

    // --- the audit log ------------------------------------------------------------------------------------

    /** Every service's audit log since the walk began, as the DPO sees it. */
    private static List<JsonNode> auditView(Persona dpo) {
        List<JsonNode> entries = new ArrayList<>();
        for (String service : platform.platform.serviceUrls().keySet()) {
            Exchange page = calls.get(dpo, "/api/audit/" + service + "/entries?from=" + walkStarted + "&limit=5000");
            assertThat(page.ok()).as(page.toString()).isTrue();
            page.json().forEach(entries::add);
            assertThat(page.json().size()).as("one page holds the walk's entries of %s", service).isLessThan(5000);
        }
        return entries;
    }

    private static Optional<String> inView(List<JsonNode> view, Endpoint endpoint, Exchange exchange) {
        List<JsonNode> candidates = view.stream()
                .filter(entry -> entry.path("service").asString().equals(endpoint.service())
                        && entry.path("who").asString().equals(exchange.persona().userId())
                        && entry.path("resource").asString().equals(exchange.method() + " "
                        + exchange.path().split("\\?")[0]))
                .filter(entry -> within(Instant.parse(entry.path("at").asString()), exchange))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.of("no entry by the caller for the resource");
        }
        List<Optional<String>> problems = candidates.stream().map(entry -> mismatch(endpoint, exchange,
                entry.path("kind").asString(), entry.path("what").asString(), text(entry.path("purpose")),
                text(entry.path("criteria")), entry.path("organisation").asString())).toList();
        return problems.stream().anyMatch(Optional::isEmpty) ? Optional.empty()
                : Optional.of(problems.stream().limit(3).map(Optional::get).toList().toString());
    }

    private static Optional<String> inLog(Endpoint endpoint, Exchange exchange) {
        List<AuditLog.StoredEntry> candidates = platform.platform.context(endpoint.service()).getBean(AuditLog.class)
                .find(null, exchange.persona().userId(), exchange.sent().minusSeconds(2),
                        exchange.answered().plusSeconds(2), 1000)
                .stream().filter(stored -> stored.entry().resource().equals(exchange.method() + " "
                        + exchange.path().split("\\?")[0])).toList();
        if (candidates.isEmpty()) {
            return Optional.of("no entry by the caller for the resource");
        }
        List<Optional<String>> problems = candidates.stream().map(stored -> mismatch(endpoint, exchange,
                stored.entry().kind().name(), stored.entry().category(), stored.entry().purpose(),
                stored.entry().criteria(), stored.entry().organisation())).toList();
        return problems.stream().anyMatch(Optional::isEmpty) ? Optional.empty()
                : Optional.of(problems.stream().limit(3).map(Optional::get).toList().toString());
    }

    private static Optional<String> mismatch(Endpoint endpoint, Exchange exchange, String kind, String category,
                                             String purpose, String criteria, String organisation) {
        if (!kind.equals(endpoint.kind().name()) || !category.equals(endpoint.category())) {
            return Optional.of("logged as " + kind + " " + category);
        }
        if (!Calls.PURPOSE.equals(purpose)) {
            return Optional.of("purpose " + purpose);
        }
        if (!Objects.equals(organisation, exchange.persona().organisation())) {
            return Optional.of("organisation " + organisation);
        }
        String query = exchange.path().contains("?") ? exchange.path().substring(exchange.path().indexOf('?') + 1)
                : null;
        if (endpoint.kind() == AccessKind.SEARCH && query != null
                && !URLDecoder.decode(query, StandardCharsets.UTF_8).equals(criteria)) {
            return Optional.of("criteria " + criteria + " for " + query);
        }
        return Optional.empty();
    }

    private static boolean within(Instant at, Exchange exchange) {
        return !at.isBefore(exchange.sent().minusSeconds(2)) && !at.isAfter(exchange.answered().plusSeconds(2));
    }

    // --- small things -------------------------------------------------------------------------------------

    private static List<Cell> cellsOf(Persona persona, Subject subject) {
        return cells.stream().filter(cell -> !cell.guess() && cell.exchange().persona() == persona
                && cell.subject() == subject).toList();
    }

    private static void expectSeen(List<String> missing, Persona persona, Subject subject, String what,
                                   boolean seen) {
        Secret secret = subject.secrets().stream().filter(s -> s.what().equals(what)).findFirst().orElseThrow();
        boolean found = cells.stream().filter(cell -> !cell.guess() && cell.exchange().persona() == persona
                        && (cell.subject() == subject || cell.subject() == null))
                .anyMatch(cell -> shownNormalised(cell.exchange(), cell.endpoint()).contains(normalised(secret.value())));
        if (found != seen) {
            missing.add(persona.userId() + (seen ? " does not see " : " sees ") + what + " of " + subject);
        }
    }

    static boolean contains(String text, String value) {
        return text != null && normalised(text).contains(normalised(value));
    }

    private static String normalised(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ");
    }

    private static String excerpt(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String excerpt(String text, String value) {
        String flat = normalised(text);
        int at = Math.max(0, flat.indexOf(normalised(value)));
        return flat.substring(Math.max(0, at - 100), Math.min(flat.length(), at + value.length() + 60));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static JsonNode json(Exchange exchange) {
        return exchange.json();
    }

    private static UUID uuid(Exchange exchange, String field) {
        return uuid(exchange.json(), field);
    }

    private static UUID uuid(JsonNode body, String field) {
        assertThat(body.has(field)).as("%s in %s", field, body).isTrue();
        return UUID.fromString(body.path(field).asString());
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @SafeVarargs
    private static <T> Set<T> union(Collection<T>... sets) {
        Set<T> union = new LinkedHashSet<>();
        for (Collection<T> set : sets) {
            union.addAll(set);
        }
        return union;
    }
}
