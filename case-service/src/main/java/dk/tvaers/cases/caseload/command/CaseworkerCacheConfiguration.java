package dk.tvaers.cases.caseload.command;

import dk.tvaers.cases.CaseServiceSettings;
import dk.tvaers.platform.axon.AggregateCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every case opened, moved or closed is a command on its caseworker, so a municipality's few hundred caseworkers
 * stay in memory ({@link AggregateCache}) instead of being read from their snapshot and events for each case.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkerCacheConfiguration {

    static final String CACHE = "caseworkerCache";

    @Bean(CACHE)
    AggregateCache caseworkerCache(CaseServiceSettings settings) {
        return new AggregateCache(settings.caseworkerCache().size(), settings.caseworkerCache().idle());
    }
}
