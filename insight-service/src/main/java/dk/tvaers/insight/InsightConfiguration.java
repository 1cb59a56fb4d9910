package dk.tvaers.insight;

import dk.tvaers.platform.domain.DanishTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The calendar the figures are counted in: Danish time. */
@Configuration
class InsightConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(DanishTime.ZONE);
    }
}
