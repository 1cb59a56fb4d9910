package dk.tvaers.launcher;

import dk.tvaers.auth.AuthServerApplication;
import dk.tvaers.gateway.GatewayApplication;
import dk.tvaers.platform.boot.TvaersServices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every Tværs service and the gateway, each its own Spring Boot application with its own database,
 * started side by side in this JVM on the given infrastructure. Closed in reverse: gateway first.
 */
public final class Platform implements AutoCloseable {

    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";
    private static final int GATEWAY_PORT = 8080;
    private static final int SIGN_IN_PORT = 9000;

    private final ConfigurableApplicationContext signIn;
    private final String issuer;
    private final Map<TvaersService, ConfigurableApplicationContext> services;
    private final ConfigurableApplicationContext gateway;

    private Platform(ConfigurableApplicationContext signIn, String issuer,
                     Map<TvaersService, ConfigurableApplicationContext> services,
                     ConfigurableApplicationContext gateway) {
        this.signIn = signIn;
        this.issuer = issuer;
        this.services = services;
        this.gateway = gateway;
    }

    /**
     * @param fixedPorts {@code true} for the well-known local ports (gateway 8080, services 8081-8085,
     *                   sign-in 9000), {@code false} for free random ports (tests)
     * @param extra      further properties for every context, e.g. test settings
     */
    public static Platform start(Infrastructure infrastructure, boolean fixedPorts, Map<String, String> extra) {
        return start(() -> infrastructure, fixedPorts, extra);
    }

    /**
     * As {@link #start(Infrastructure, boolean, Map)}, with the sign-in starting while {@code infrastructure} is
     * got on the calling thread (e.g. while PostgreSQL and Kafka start): the sign-in needs neither, and the services
     * and the gateway fetch its keys only when the first token comes.
     */
    public static Platform start(Callable<Infrastructure> infrastructure, boolean fixedPorts, Map<String, String> extra) {
        // One logging set-up for the whole JVM (logback.xml), not one per context: contexts starting side by
        // side would otherwise reset Logback under each other (ConcurrentModificationException in fireOnReset).
        if (System.getProperty(LOGGING_SYSTEM) == null) {
            System.setProperty(LOGGING_SYSTEM, "none");
        }
        if (fixedPorts) {
            requireFixedPortsFree();
        }
        int signInPort = fixedPorts ? SIGN_IN_PORT : Ports.free();
        String issuer = "http://localhost:" + signInPort;
        Map<String, String> withSignIn = new java.util.LinkedHashMap<>(extra);
        withSignIn.put("tvaers.auth.issuer", issuer);
        withSignIn.put("tvaers.auth.jwk-set-uri", issuer + "/oauth2/jwks");
        AtomicInteger starters = new AtomicInteger();
        ExecutorService starter = Executors.newFixedThreadPool(Math.min(4, Math.max(2,
                Runtime.getRuntime().availableProcessors())), task -> new Thread(task,
                "tvaers-start-" + starters.incrementAndGet()));
        Future<ConfigurableApplicationContext> signIn = starter.submit(() -> AuthServerApplication.builder()
                .registerShutdownHook(false)
                .initializers(new WithoutReactorContextHook())
                .run("--" + LaunchedContextFilter.CONTEXT_PROPERTY + "=auth", "--server.port=" + signInPort,
                        "--spring.main.web-application-type=servlet", "--tvaers.auth.issuer=" + issuer));
        Infrastructure ready;
        try {
            ready = infrastructure.call();
        } catch (Exception e) {
            starter.shutdown();
            closeWhenStarted(List.of(signIn));
            throw e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e);
        }
        Map<TvaersService, Future<ConfigurableApplicationContext>> starting = new EnumMap<>(TvaersService.class);
        try {
            for (TvaersService service : TvaersService.values()) {
                starting.put(service, starter.submit(() -> startService(service, ready, fixedPorts, withSignIn)));
            }
            Map<TvaersService, ConfigurableApplicationContext> started = new EnumMap<>(TvaersService.class);
            for (var entry : starting.entrySet()) {
                started.put(entry.getKey(), entry.getValue().get());
            }
            ConfigurableApplicationContext gateway = startGateway(started, fixedPorts, withSignIn);
            return new Platform(signIn.get(), issuer, started, gateway);
        } catch (Exception e) {
            closeWhenStarted(starting.values());
            closeWhenStarted(List.of(signIn));
            throw new IllegalStateException("the platform did not start", e);
        } finally {
            starter.shutdown();
        }
    }

    private static void requireFixedPortsFree() {
        Ports.requireFree(SIGN_IN_PORT, "the sign-in");
        Ports.requireFree(GATEWAY_PORT, "the gateway");
        for (TvaersService service : TvaersService.values()) {
            Ports.requireFree(service.defaultPort, service.serviceName);
        }
    }

    private static ConfigurableApplicationContext startService(TvaersService service, Infrastructure infrastructure,
                                                               boolean fixedPorts, Map<String, String> extra) {
        Infrastructure.ServiceDatabase database = infrastructure.database(service.serviceName);
        List<String> args = new ArrayList<>(List.of(
                "--" + LaunchedContextFilter.CONTEXT_PROPERTY + "=service",
                "--spring.main.web-application-type=servlet",
                "--server.port=" + (fixedPorts ? service.defaultPort : 0),
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--tvaers.privacy.master-key=" + infrastructure.masterKey(service.serviceName)));
        extra.forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplicationBuilder builder = TvaersServices.builder(service.application, service.serviceName)
                .registerShutdownHook(false)
                .initializers(new WithoutReactorContextHook());
        return builder.run(args.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext startGateway(Map<TvaersService, ConfigurableApplicationContext> services,
                                                               boolean fixedPorts, Map<String, String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--" + LaunchedContextFilter.CONTEXT_PROPERTY + "=gateway",
                "--server.port=" + (fixedPorts ? GATEWAY_PORT : 0),
                // the gateway's event loops share this JVM's cores with every service's threads, and the kernel shares
                // a core out per thread: with fewer than four loops an overloaded platform starved the gateway and its
                // callers queued for seconds while the services answered direct callers in 0.1 s (bench/README.md).
                // A system property of the same name sets another count.
                "--tvaers.gateway.event-loops=" + System.getProperty("tvaers.gateway.event-loops", "4")));
        services.forEach((service, context) -> args.add("--tvaers.services." + service.serviceName
                + "=http://localhost:" + port(context)));
        extra.forEach((key, value) -> args.add("--" + key + "=" + value));
        return GatewayApplication.builder().registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    /** The sign-in's issuer URL: where people sign in and clients get tokens. */
    public String issuer() {
        return issuer;
    }

    public int gatewayPort() {
        return port(gateway);
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort();
    }

    public int port(String serviceName) {
        return port(context(serviceName));
    }

    /** The gateway's application context. */
    public ConfigurableApplicationContext gatewayContext() {
        return gateway;
    }

    public ConfigurableApplicationContext context(String serviceName) {
        return services.entrySet().stream()
                .filter(entry -> entry.getKey().serviceName.equals(serviceName))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + serviceName));
    }

    /** Service name to its URL, in start order. */
    public Map<String, String> serviceUrls() {
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        services.forEach((service, context) -> urls.put(service.serviceName, "http://localhost:" + port(context)));
        return urls;
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        gateway.close();
        List<TvaersService> reverse = new ArrayList<>(services.keySet());
        java.util.Collections.reverse(reverse);
        reverse.forEach(service -> services.get(service).close());
        signIn.close();
    }

    /** Closes each context that started; one that failed has closed itself. */
    private static void closeWhenStarted(Collection<Future<ConfigurableApplicationContext>> contexts) {
        for (Future<ConfigurableApplicationContext> context : contexts) {
            try {
                context.get().close();
            } catch (Exception notStarted) {
                // failed or interrupted: nothing of it runs
            }
        }
    }
}
