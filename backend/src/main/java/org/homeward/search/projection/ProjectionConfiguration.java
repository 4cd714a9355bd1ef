package org.homeward.search.projection;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The search projection's parts: the fold, the live cache of recent cases, and the dead-letter queue. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    CaseProjection caseProjection(AssessmentScoring scoring) {
        return new CaseProjection(scoring);
    }

    @Bean
    ProjectedCases liveCases(@Lazy EventStore eventStore, CaseProjection projection,
                             @Value("${homeward.search.projection.cached-cases:20000}") int cachedCases) {
        return new ProjectedCases(eventStore, projection, cachedCases);
    }

    @Bean
    static DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** Failed events of the search projection are parked per case in PostgreSQL (table dead_letter_entry). */
    @Bean
    ConfigurerModule searchDeadLetterQueue(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                           Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer) {
        return configurer -> configurer.eventProcessing().registerDeadLetterQueue(SearchProjector.PROCESSING_GROUP,
                configuration -> JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                        .processingGroup(SearchProjector.PROCESSING_GROUP)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(deadLetterSchema())
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        // Axon's default of 1,024 parked cases would stop the projection at the 1,025th.
                        .maxSequences(100_000)
                        .build());
    }
}
