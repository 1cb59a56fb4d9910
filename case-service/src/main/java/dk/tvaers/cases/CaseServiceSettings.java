package dk.tvaers.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.util.List;

/**
 * case-service's settings ({@code tvaers.cases}).
 *
 * @param defaultAuthorityHoursPerWeek a caseworker's authority when their team sets none (Holstebro: 5)
 * @param teams                        teams defined at start-up if they do not exist yet, with members
 */
@ConfigurationProperties("tvaers.cases")
public record CaseServiceSettings(BigDecimal defaultAuthorityHoursPerWeek, List<TeamSeed> teams) {

    public CaseServiceSettings {
        defaultAuthorityHoursPerWeek = defaultAuthorityHoursPerWeek == null ? new BigDecimal("5")
                : defaultAuthorityHoursPerWeek;
        teams = teams == null ? List.of() : List.copyOf(teams);
    }

    public record TeamSeed(String id, String organisation, String sector, String name, int recommendedCaseload,
                           BigDecimal authorityHoursPerWeek, List<String> members) {

        public TeamSeed {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
