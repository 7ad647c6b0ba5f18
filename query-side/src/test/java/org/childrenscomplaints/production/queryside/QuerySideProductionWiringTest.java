package org.childrenscomplaints.production.queryside;

import com.mongodb.client.MongoClient;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.childrenscomplaints.api.testing.StartupWiring;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The query side as its own service (profile production) reads events from Axon Server into MongoDB. */
class QuerySideProductionWiringTest {

    private final StartupWiring wiring = StartupWiring.of(QuerySideApplication.builder(), "--spring.profiles.active=production");

    @Test
    void eventsComeFromAxonServerAndQueriesAreAnsweredThroughIt() {
        assertThat(wiring.defines(AxonServerConnectionManager.class)).isTrue();
        assertThat(wiring.defines(AxonServerQueryBus.class)).isTrue();
        assertThat(wiring.definersOf(EventStore.class))
                .containsExactly("org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration");
        assertThat(wiring.defines(EventStorageEngine.class)).as("no local event storage").isFalse();
        assertThat(wiring.defines(DataSource.class)).as("no SQL database").isFalse();
    }

    @Test
    void readModelsAndTrackingTokensLiveInMongoDb() {
        assertThat(wiring.defines(MongoClient.class)).isTrue();
        assertThat(wiring.defines(MongoTemplate.class)).isTrue();
        assertThat(wiring.definersOf(TokenStore.class)).containsExactly("querySideConfiguration");
        assertThat(wiring.defines(MongoTokenStore.class)).isTrue();
    }
}
