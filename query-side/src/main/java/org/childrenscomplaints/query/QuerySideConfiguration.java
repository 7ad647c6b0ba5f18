package org.childrenscomplaints.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * The query side's wiring, the same in every mode: tracking tokens live in the MongoDB database
 * that holds the read models they describe, so a rebuild resets both together.
 */
@Configuration
public class QuerySideConfiguration {

    private static final int BATCH_SIZE = 1000;

    @Bean
    public MongoTokenStore tokenStore(MongoDatabaseFactory readModels) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(readModels.getMongoDatabase()).build())
                .serializer(tokenSerializer())
                .build();
    }

    /**
     * Tokens as JSON, like every other message, but readable after a reset: a replay token holds an
     * untyped reset context, and Jackson 3 refuses any polymorphic type under {@code Object} unless
     * told which may come. Axon's own classes may; nothing else is ever written to the token store.
     */
    static Serializer tokenSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(
                        BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.").build()))
                .build();
    }

    /**
     * Dates as BSON dates at midnight UTC, by the MongoDB driver's own codecs: Spring Data's
     * defaults would use the JVM's time zone, and a read model moved between a server on London
     * time and one on UTC would shift every due date by a day in summer.
     */
    @Bean
    public MongoCustomConversions mongoCustomConversions() {
        return readModelConversions();
    }

    public static MongoCustomConversions readModelConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }

    /**
     * Pooled streaming processors, and an event a projection cannot handle stops that projection
     * (retried with back-off, visible in the log) instead of being skipped: a read model that
     * silently lost a case would mislead the complaints team and the annual report.
     * <p>
     * Events waiting in the stream are handled up to {@value #BATCH_SIZE} to a unit of work, which
     * stores the processor's token once instead of after every event: with Axon's default of one,
     * the token writes alone took a tenth of a rebuild's time (docs/benchmarks.md). A live event
     * never waits for a batch to fill. A failure part-way through a batch redelivers all of it, which
     * every projection already takes (each skips events of a case it has seen). Projections that keep
     * a document per case read and write it through {@link BatchedDocuments}, once per batch. A
     * case's events lie months apart in the stream, so the more of them one batch holds the fewer
     * times its document is written: a rebuild took 150 s with batches of 100, 104 s with 1,000
     * (docs/benchmarks.md). Axon's pooled processor holds at most 1,024 waiting events per segment,
     * so more would change nothing.
     * <p>
     * Each processor's stream is split into {@code complaints.read-models.segments} segments when its
     * tokens are first made (Axon's default is 16), so that instances of the query side can share the
     * work in production. Every event is offered to every segment of every processor: on the embedded
     * default's two cores that offering took almost half of a rebuild's time, so it runs with one.
     * Tokens made before keep the segments they were made with.
     */
    @Autowired
    public void processInPooledStreams(EventProcessingConfigurer processing, ObjectProvider<BatchedDocuments> documents,
                                       @Value("${complaints.read-models.segments:4}") int segments) {
        processing.usingPooledStreamingEventProcessors((configuration, processor) -> processor.batchSize(BATCH_SIZE)
                        .initialSegmentCount(segments))
                // asked for once the processors are built: this class also configures the MongoTemplate it needs
                .registerDefaultHandlerInterceptor((configuration, processor) ->
                        documents.getObject().writtenAtTheEndOfEachBatch())
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
