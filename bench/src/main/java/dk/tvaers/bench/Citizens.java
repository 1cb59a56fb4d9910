package dk.tvaers.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citizens the slice opens cases for. A case is only opened for a registered citizen, so they are
 * registered before the load starts (straight at case-service, not measured) and handed out one per
 * arrival.
 */
final class Citizens {

    private static final Pattern CITIZEN_ID = Pattern.compile("\"citizenId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final DateTimeFormatter DDMMYY = DateTimeFormatter.ofPattern("ddMMyy");
    private static final Queue<String> REGISTERED = new ConcurrentLinkedQueue<>();

    private Citizens() {
    }

    /** The next registered citizen without a case yet. */
    static String next() {
        String citizenId = REGISTERED.poll();
        if (citizenId == null) {
            throw new IllegalStateException("no registered citizen left: register more before the load");
        }
        return citizenId;
    }

    /**
     * Registers {@code count} citizens with made-up CPR numbers (valid dates, one number each) on
     * {@code threads} connections, and keeps their pseudonymous ids for {@link #next()}.
     */
    static void register(String caseService, String token, int count, int threads) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger serial = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    for (int n = serial.getAndIncrement(); n < count; n = serial.getAndIncrement()) {
                        REGISTERED.add(registerOne(client, caseService, token, n));
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static String registerOne(HttpClient client, String caseService, String token, int n)
            throws IOException, InterruptedException {
        // serial numbers 0000-3999 mean a birth in the 1900s; 4,000 citizens per birth date from 1 January 1940 on
        String cpr = LocalDate.of(1940, 1, 1).plusDays(n / 4_000).format(DDMMYY) + "-"
                + String.format("%04d", n % 4_000);
        String body = "{\"cpr\":\"" + cpr + "\",\"name\":\"Bench Borger " + n + "\"}";
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(caseService + "/api/citizens"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher id = CITIZEN_ID.matcher(response.body());
        if (response.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("registering citizen " + n + ": " + response.statusCode() + " "
                    + response.body());
        }
        return id.group(1);
    }
}
