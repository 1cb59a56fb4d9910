package dk.tvaers.coordination.sectorevents.integration;

import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.platform.messaging.KafkaTopicsProperties;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The sector systems' topics are this service's inbound interface (docs/sector-systems.md), so it creates
 * them with the platform's partitioning when they are missing, before any sector system publishes.
 */
@Configuration(proxyBeanMethods = false)
class SectorTopicsConfiguration {

    @Bean
    KafkaAdmin.NewTopics sectorSystemTopics(KafkaTopicsProperties topics) {
        return new KafkaAdmin.NewTopics(SectorTopics.ALL.stream()
                .map(name -> TopicBuilder.name(name).partitions(topics.partitions()).replicas(topics.replicas())
                        .build())
                .toArray(NewTopic[]::new));
    }
}
