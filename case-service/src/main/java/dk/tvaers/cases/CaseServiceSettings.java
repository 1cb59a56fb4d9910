package dk.tvaers.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * case-service's settings ({@code tvaers.cases}).
 *
 * @param defaultAuthorityHoursPerWeek a caseworker's authority when their team sets none (Holstebro: 5)
 * @param teams                        teams defined at start-up if they do not exist yet, with members
 * @param caseworkerCache              how many caseworker aggregates stay in memory, and for how long unused
 */
@ConfigurationProperties("tvaers.cases")
public record CaseServiceSettings(BigDecimal defaultAuthorityHoursPerWeek, List<TeamSeed> teams,
                                  CaseworkerCache caseworkerCache) {

    public CaseServiceSettings {
        defaultAuthorityHoursPerWeek = defaultAuthorityHoursPerWeek == null ? new BigDecimal("5")
                : defaultAuthorityHoursPerWeek;
        teams = teams == null ? List.of() : List.copyOf(teams);
        caseworkerCache = caseworkerCache == null ? new CaseworkerCache(0, null) : caseworkerCache;
    }

    /** {@code tvaers.cases.caseworker-cache.size} (default 5000) and {@code .idle} (default one hour). */
    public record CaseworkerCache(long size, Duration idle) {

        public CaseworkerCache {
            size = size <= 0 ? 5000 : size;
            idle = idle == null ? Duration.ofHours(1) : idle;
        }
    }

    public record TeamSeed(String id, String organisation, String sector, String name, int recommendedCaseload,
                           BigDecimal authorityHoursPerWeek, List<String> members) {

        public TeamSeed {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
