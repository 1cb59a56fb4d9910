package dk.tvaers.platform.privacy;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.platform.axon.AxonPlatformAutoConfiguration;
import dk.tvaers.platform.messaging.KafkaTopicsProperties;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.ChainingConverter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.EnableAspectJAutoProxy;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * Privacy in every service: who may see what ({@link CitizenAccess} on the service's access directory),
 * the audit log of every access to personal data, and crypto-shredding of personal fields in the event
 * store.
 */
@AutoConfiguration(after = AxonPlatformAutoConfiguration.class, before = AxonAutoConfiguration.class)
@EnableAspectJAutoProxy
@Import(AuditController.class)
public class PrivacyAutoConfiguration {

    @Bean
    public AccessDirectory accessDirectory(JdbcClient jdbc) {
        return new AccessDirectory(jdbc);
    }

    @Bean
    public CitizenAccess citizenAccess(AccessDirectory directory) {
        return new DirectoryCitizenAccess(directory, Clock.system(DanishTime.ZONE));
    }

    @Bean
    public ErasedCitizens erasedCitizens(JdbcClient jdbc) {
        return new ErasedCitizens(jdbc);
    }

    @Bean
    public CitizenKeyStore citizenKeyStore(JdbcClient jdbc, PlatformTransactionManager transactions,
                                           @Value("${tvaers.privacy.master-key:}") String masterKey,
                                           @Value("${spring.application.name}") String service) {
        return new CitizenKeyStore(jdbc, masterKey(masterKey, service), transactions);
    }

    @Bean
    public PersonalDataCipher personalDataCipher(CitizenKeyStore keys,
                                                 @Value("${tvaers.privacy.master-key:}") String masterKey,
                                                 @Value("${spring.application.name}") String service) {
        return new PersonalDataCipher(keys, derive(masterKey(masterKey, service), "blind-index"));
    }

    /** Axon's event serializer, with {@link Erasable} fields encrypted per citizen. */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(CitizenKeyStore keys, ObjectProvider<Jackson3SerializerCustomizer> customizer) {
        Jackson3Serializer json = Jackson3Serializer.builder()
                .revisionResolver(new AnnotationRevisionResolver())
                .converter(new ChainingConverter(getClass().getClassLoader()))
                .jsonMapperBuilderCustomizer(customizer.getIfAvailable())
                .build();
        return new CryptoShreddingSerializer(json, keys);
    }

    @Bean
    public AccessDirectoryListener accessDirectoryListener(IntegrationEventCodec codec,
                                                           PlatformTransactionManager transactions,
                                                           AccessDirectory directory, CitizenKeyStore keys,
                                                           List<ErasureHandler> erasureHandlers) {
        return new AccessDirectoryListener(codec, transactions, directory, keys, erasureHandlers);
    }

    @Bean
    public KafkaAdmin.NewTopics accessDirectoryDeadLetterTopics(KafkaTopicsProperties topics) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(Topics.deadLetterOf(Topics.CASE)).partitions(topics.partitions())
                        .replicas(topics.replicas()).build(),
                TopicBuilder.name(Topics.deadLetterOf(Topics.COORDINATION)).partitions(topics.partitions())
                        .replicas(topics.replicas()).build(),
                TopicBuilder.name(Topics.deadLetterOf(Topics.OFFER)).partitions(topics.partitions())
                        .replicas(topics.replicas()).build());
    }

    @Bean
    public AuditLog auditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new AuditLog(jdbc, transactions);
    }

    @Bean
    public PersonalDataAuditAspect personalDataAuditAspect(AuditLog auditLog,
                                                           @Value("${spring.application.name}") String service) {
        return new PersonalDataAuditAspect(auditLog, service);
    }

    @Bean
    public PersonalDataEndpoints personalDataEndpoints(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        return new PersonalDataEndpoints(mappings);
    }

    private static byte[] derive(byte[] key, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The master key wraps the citizens' keys and derives the blind index. It must come from outside:
     * {@code tvaers.privacy.master-key} ({@code TVAERS_PRIVACY_MASTER_KEY}), 32 random bytes in base64, from the
     * installation's secret store. A service without one does not start: a key the code could make up would be
     * one anyone with the code could make up too. The local launcher keeps a random one per service in its data
     * folder; tests get a random one per run.
     */
    static byte[] masterKey(String configured, String service) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("tvaers.privacy.master-key (TVAERS_PRIVACY_MASTER_KEY) is not set for "
                    + service + ": set it to 32 random bytes in base64 from your secret store, e.g. the output of"
                    + " `openssl rand -base64 32`");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tvaers.privacy.master-key of " + service + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("tvaers.privacy.master-key of " + service + " must be 32 bytes, not "
                    + key.length);
        }
        return key;
    }
}
