package dk.tvaers.testsupport;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A random privacy master key per service for one test run: the same one each time a service's context starts in
 * this JVM (so its stored citizen keys stay readable across restarts), another in the next run.
 */
public final class TestMasterKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private TestMasterKeys() {
    }

    /** 32 random bytes in base64, as {@code tvaers.privacy.master-key} takes them. */
    public static String of(String service) {
        return KEYS.computeIfAbsent(service, name -> {
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        });
    }
}
