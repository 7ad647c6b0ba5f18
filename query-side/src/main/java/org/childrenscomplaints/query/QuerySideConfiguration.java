package org.childrenscomplaints.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * The query side's wiring, the same in every mode: tracking tokens live in the MongoDB database
 * that holds the read models they describe, so a rebuild resets both together.
 */
@Configuration
public class QuerySideConfiguration {

    @Bean
    public MongoTokenStore tokenStore(MongoDatabaseFactory readModels, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(readModels.getMongoDatabase()).build())
                .serializer(serializer)
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
     */
    @Autowired
    public void processInPooledStreams(EventProcessingConfigurer processing) {
        processing.usingPooledStreamingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
