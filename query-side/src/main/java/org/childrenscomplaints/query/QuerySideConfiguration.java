package org.childrenscomplaints.query;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

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

    @Autowired
    public void processInPooledStreams(EventProcessingConfigurer processing) {
        processing.usingPooledStreamingEventProcessors();
    }
}
