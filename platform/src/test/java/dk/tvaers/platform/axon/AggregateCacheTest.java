package dk.tvaers.platform.axon;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AggregateCacheTest {

    @Test
    void keepsWhatIsPutUntilItIsRemoved() {
        AggregateCache cache = new AggregateCache(100, Duration.ofMinutes(5));
        cache.put("jens.jobcenter", "aggregate");

        assertThat(cache.<String, String>get("jens.jobcenter")).isEqualTo("aggregate");
        assertThat(cache.containsKey("jens.jobcenter")).isTrue();
        assertThat(cache.putIfAbsent("jens.jobcenter", "other")).isFalse();
        assertThat(cache.remove("jens.jobcenter")).isTrue();
        assertThat(cache.<String, String>get("jens.jobcenter")).isNull();
        assertThat(cache.remove("jens.jobcenter")).isFalse();
    }

    @Test
    void computesOnlyWhatIsMissingAndUpdatesOnlyWhatIsThere() {
        AggregateCache cache = new AggregateCache(100, Duration.ofMinutes(5));

        assertThat(cache.computeIfAbsent("a", () -> "first")).isEqualTo("first");
        assertThat(cache.computeIfAbsent("a", () -> "second")).isEqualTo("first");
        cache.<String>computeIfPresent("a", value -> value + "!");
        cache.<String>computeIfPresent("b", value -> "never");

        assertThat(cache.<String, String>get("a")).isEqualTo("first!");
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void staysWithinItsBoundAndTellsItsListeners() {
        AggregateCache cache = new AggregateCache(10, Duration.ofMinutes(5));
        List<String> seen = new CopyOnWriteArrayList<>();
        var registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                seen.add("created " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                seen.add("removed " + key);
            }
        });

        for (int i = 0; i < 1000; i++) {
            cache.put("caseworker-" + i, i);
        }
        cache.remove("caseworker-999");
        registration.cancel();
        cache.put("after", 1);

        assertThat(seen).hasSize(1001).contains("created caseworker-0", "removed caseworker-999")
                .doesNotContain("created after");
        // Caffeine evicts in the background; the bound holds once its maintenance has run
        await().atMost(Duration.ofSeconds(10)).until(() -> cache.size() <= 10);
    }

    @Test
    void removeAllEmptiesIt() {
        AggregateCache cache = new AggregateCache(100, Duration.ofMinutes(5));
        cache.put("a", 1);
        cache.put("b", 2);
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }
}
