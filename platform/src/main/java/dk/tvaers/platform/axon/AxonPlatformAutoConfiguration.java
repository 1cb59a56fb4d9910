package dk.tvaers.platform.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon Framework on the service's own PostgreSQL through plain JDBC, no Axon Server.
 * <p>
 * Axon 4.13's own JDBC auto-configuration does not switch on under Spring Boot 4 (its conditions
 * name Boot 3 classes), and its transaction configuration could silently fall back to no transactions;
 * so the event store, token store, saga store and transaction manager are wired here, on tables owned
 * by Flyway ({@code db/platform}). Every event processor is a tracking processor whose handler errors
 * propagate: the processor retries with back-off and never skips an event it failed on.
 */
@AutoConfiguration(
        after = DataSourceAutoConfiguration.class,
        before = {DataSourceTransactionManagerAutoConfiguration.class, AxonAutoConfiguration.class,
                EventProcessingAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonPlatformAutoConfiguration {

    /**
     * The JDBC transaction manager Axon and the service share. Its server transaction begins with the first
     * statement; the bound on how long before that an event may be stamped is kept by the event table
     * itself (see {@link EventStoreProperties}), so no round trip is spent to begin it earlier.
     */
    @Bean
    @Primary
    public PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    public HistoricEventImport historicEventImport(PlatformTransactionManager transactionManager,
                                                   DataSource dataSource) {
        return new HistoricEventImport(transactionManager, dataSource);
    }

    @Bean
    public TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager, new DefaultTransactionDefinition());
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * PostgreSQL reports a duplicate (aggregate id, sequence number) as SQL state 23505; Axon then raises
     * a ConcurrencyException, which the web layer answers with 409 instead of a 500.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public EventSchema eventSchema() {
        return EventTables.schema();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .gapTimeout(Math.toIntExact(properties.gapTimeout().toMillis()))
                .maxGapOffset(properties.maxGapOffset())
                .build();
    }

    /** This service's clock against its database's, checked at start-up and by the health endpoint. */
    @Bean
    public EventStoreClock eventStoreClock(DataSource dataSource, EventStoreProperties properties) {
        return new EventStoreClock(dataSource, GenericEventMessage.clock, properties.clockTolerance());
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer defaultSerializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(defaultSerializer)
                .contentType(byte[].class)
                .claimTimeout(Duration.ofSeconds(10))
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("time_stamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    @Bean
    public JdbcSagaStore sagaStore(ConnectionProvider connectionProvider, Serializer defaultSerializer) {
        SagaSchema schema = SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .associationValueEntryTable("association_value_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build();
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(new PostgresSagaSqlSchema(schema))
                .serializer(defaultSerializer)
                .build();
    }

    /**
     * For aggregates that gather events for ever (a caseworker over the years, say): a snapshot of the state
     * every {@code tvaers.event-store.snapshot-after} events (default 50), so loading one reads the snapshot and
     * at most that many events. Use with {@code @Aggregate(snapshotTriggerDefinition = SNAPSHOT_TRIGGER)} only on
     * aggregates that hold no personal data of a citizen: a snapshot is written with the plain serializer, not
     * sealed with the citizen's key, so crypto-shredding would not reach it.
     */
    @Bean(SNAPSHOT_TRIGGER)
    public SnapshotTriggerDefinition eventCountSnapshotTrigger(Snapshotter snapshotter,
                                                               @Value("${tvaers.event-store.snapshot-after:50}")
                                                               int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** The name of the snapshot trigger bean, for {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "tvaersSnapshotTrigger";

    @Bean
    public ConfigurerModule trackingProcessorsThatNeverSkip() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(config ->
                        TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(20))
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance()));
    }

    /**
     * Axon's replay token names the classes of the tokens it wraps; Jackson 3 refuses such polymorphic
     * types unless told which are trusted. Only Axon's own and Tværs' classes are.
     */
    @Bean
    public Jackson3SerializerCustomizer trustedPolymorphicTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("dk.tvaers.")
                .build());
    }

    @Bean
    public CorrelationDataProvider correlationIdCorrelationDataProvider() {
        return new CorrelationIdDataProvider();
    }
}
