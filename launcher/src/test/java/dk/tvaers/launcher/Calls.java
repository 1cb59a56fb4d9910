package dk.tvaers.launcher;

import dk.tvaers.testsupport.Persona;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Calls through the gateway as a persona, each with its own correlation id (the gateway keeps a caller's), so
 * that whatever a call caused can be found again in every service's event store and audit log. A response
 * is kept as text; a PDF as the text in it, since its streams are compressed.
 */
final class Calls {

    static final String PURPOSE = "Kontrol af adgang";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What one call answered. */
    record Exchange(Persona persona, HttpMethod method, String path, int status, String text, String correlationId,
                    Instant sent, Instant answered) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return JSON.readTree(text);
        }

        @Override
        public String toString() {
            return persona.userId() + " " + method + " " + path + " -> " + status;
        }
    }

    private final TestPlatform platform;
    private final String prefix;
    private final AtomicInteger sequence = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(3);
    /** One reader per open stream: each waits for its own first event. */
    private final ExecutorService readers = Executors.newCachedThreadPool();

    Calls(TestPlatform platform, String prefix) {
        this.platform = platform;
        this.prefix = prefix;
    }

    Exchange get(Persona persona, String path) {
        return call(persona, HttpMethod.GET, path, null, "read");
    }

    Exchange call(Persona persona, HttpMethod method, String path, Object body, String what) {
        String correlation = prefix + "-" + what + "-" + sequence.incrementAndGet();
        RestClient http = platform.as(persona);
        for (int attempt = 0; ; attempt++) {
            Instant sent = Instant.now();
            RestClient.RequestBodySpec request = http.method(method).uri(URI.create(platform.platform.gatewayUrl()
                            + path))
                    .header("X-Correlation-Id", correlation)
                    .header("X-Purpose", PURPOSE);
            if (body != null) {
                request = request.contentType(MediaType.APPLICATION_JSON).body(body);
            }
            var response = request.retrieve().toEntity(byte[].class);
            int status = response.getStatusCode().value();
            if (status == 429 && attempt < 10) {
                sleep(Duration.ofMillis(200));
                continue;
            }
            MediaType type = response.getHeaders().getContentType();
            return new Exchange(persona, method, path, status, text(type, response.getBody()), correlation, sent,
                    Instant.now());
        }
    }

    /** Runs the calls three at a time (the gateway and services do the work; this only overlaps the waiting). */
    <T> List<T> all(List<Supplier<T>> calls) {
        List<Future<T>> futures = calls.stream().map(call -> pool.submit(call::get)).toList();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            try {
                results.add(future.get(2, TimeUnit.MINUTES));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return results;
    }

    /**
     * Opens the server-sent event streams together, from the first event on, and reads each until it has sent its
     * first event (a stream sends what is there at once) or for two seconds, whichever comes first; a refused stream is answered at
     * once. Everything a stream sent in that time is its text.
     */
    List<Exchange> streams(List<Persona> personas, List<String> paths) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(2);
        List<CompletableFuture<Exchange>> opened = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            Persona persona = personas.get(i);
            String path = paths.get(i);
            String correlation = prefix + "-stream-" + sequence.incrementAndGet();
            Instant sent = Instant.now();
            HttpRequest request = HttpRequest.newBuilder(URI.create(platform.platform.gatewayUrl() + path))
                    .header("Authorization", "Bearer " + platform.token(persona))
                    .header("Accept", "text/event-stream")
                    // from the beginning: a notification stream then replays the whole feed first
                    .header("Last-Event-ID", "0")
                    .header("X-Correlation-Id", correlation)
                    .header("X-Purpose", PURPOSE)
                    .build();
            opened.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .thenApplyAsync(response -> new Exchange(persona, HttpMethod.GET, path, response.statusCode(),
                            response.statusCode() < 300 ? firstEvent(response.body(), deadline)
                                    : all(response.body()), correlation, sent, Instant.now()), readers));
        }
        return opened.stream().map(CompletableFuture::join).toList();
    }

    /** Whether a whole event (not just a comment) has come: a block with an event or data line, then a blank line. */
    private static boolean hasEvent(String received) {
        int end = received.lastIndexOf("\n\n");
        return end >= 0 && java.util.Arrays.stream(received.substring(0, end).split("\n\n"))
                .anyMatch(block -> block.lines().anyMatch(line -> line.startsWith("event:")
                        || line.startsWith("data:")));
    }

    private static String all(InputStream body) {
        try (body) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close() {
        pool.shutdownNow();
        readers.shutdownNow();
    }

    private static String firstEvent(InputStream body, Instant deadline) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (body) {
            boolean last = false;
            while (!last) {
                last = !Instant.now().isBefore(deadline);
                int available = body.available();
                if (available > 0) {
                    int read = body.read(buffer, 0, Math.min(available, buffer.length));
                    if (read < 0) {
                        break;
                    }
                    received.write(buffer, 0, read);
                    if (hasEvent(received.toString(StandardCharsets.UTF_8))) {
                        // the first event is complete; what follows at once is read too
                        sleep(Duration.ofMillis(100));
                        int more = body.available();
                        if (more > 0) {
                            received.write(buffer, 0, body.read(buffer, 0, Math.min(more, buffer.length)));
                        }
                        break;
                    }
                } else {
                    sleep(Duration.ofMillis(25));
                }
            }
        } catch (IOException e) {
            // a refused or ended stream: what came is what there is
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static String text(MediaType type, byte[] body) {
        if (body == null) {
            return "";
        }
        if (type != null && type.isCompatibleWith(MediaType.APPLICATION_PDF)) {
            try (PDDocument pdf = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(pdf);
            } catch (IOException e) {
                throw new UncheckedIOException("not a readable PDF", e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
