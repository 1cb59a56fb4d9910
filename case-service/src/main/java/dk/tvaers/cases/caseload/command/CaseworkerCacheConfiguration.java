package dk.tvaers.cases.caseload.command;

import dk.tvaers.platform.axon.AggregateCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Every case opened, moved or closed is a command on its caseworker, so a municipality's few hundred caseworkers
 * stay in memory ({@link AggregateCache}) instead of being read from their snapshot and events for each case.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkerCacheConfiguration {

    static final String CACHE = "caseworkerCache";

    @Bean(CACHE)
    AggregateCache caseworkerCache(@Value("${tvaers.cases.caseworker-cache.size:5000}") long size,
                                   @Value("${tvaers.cases.caseworker-cache.idle:PT1H}") Duration idle) {
        return new AggregateCache(size, idle);
    }
}
