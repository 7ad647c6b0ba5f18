package org.childrenscomplaints.production.commandside;

import com.mongodb.client.MongoClient;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.childrenscomplaints.api.testing.StartupWiring;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side as its own service (profile production) talks to Axon Server and keeps deadlines in MongoDB. */
class CommandSideProductionWiringTest {

    private final StartupWiring wiring = StartupWiring.of(CommandSideApplication.builder(), "--spring.profiles.active=production");

    @Test
    void commandsEventsAndQueriesGoThroughAxonServer() {
        assertThat(wiring.defines(AxonServerConnectionManager.class)).isTrue();
        assertThat(wiring.defines(AxonServerCommandBus.class)).isTrue();
        assertThat(wiring.defines(AxonServerQueryBus.class)).isTrue();
        assertThat(wiring.definersOf(EventStore.class))
                .containsExactly("org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration");
        assertThat(wiring.defines(EventStorageEngine.class)).as("no local event storage").isFalse();
        assertThat(wiring.defines(DataSource.class)).as("no SQL database").isFalse();
    }

    @Test
    void remindersArePersistentJobRunrDeadlinesStoredInMongoDb() {
        assertThat(wiring.defines(MongoClient.class)).isTrue();
        assertThat(wiring.definersOf(DeadlineManager.class))
                .containsExactly("org.axonframework.springboot.autoconfig.AxonJobRunrAutoConfiguration");
        assertThat(wiring.definersOf(StorageProvider.class))
                .containsExactly("org.jobrunr.spring.autoconfigure.storage.JobRunrMongoDBStorageAutoConfiguration");
    }
}
