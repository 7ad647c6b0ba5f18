package org.childrenscomplaints.production.commandside;

import com.mongodb.client.MongoClient;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.deadline.DeadlineManager;
import org.childrenscomplaints.api.testing.StartupWiring;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The command side as its own service (profile production) talks to Axon Server and keeps deadlines in MongoDB. */
class CommandSideProductionWiringTest {

    private final StartupWiring wiring = StartupWiring.of(CommandSideApplication.builder(), "--spring.profiles.active=production",
            "--OIDC_ISSUER_URI=https://login.example.org/council");

    @Test
    void commandsEventsAndQueriesGoThroughAxonServer() {
        wiring.assertRunsOnAxonServer();
        assertThat(wiring.defines(AxonServerCommandBus.class)).isTrue();
    }

    @Test
    void remindersArePersistentJobRunrDeadlinesStoredInMongoDb() {
        assertThat(wiring.defines(MongoClient.class)).isTrue();
        assertThat(wiring.definersOf(DeadlineManager.class))
                .containsExactly("org.axonframework.springboot.autoconfig.AxonJobRunrAutoConfiguration");
        assertThat(wiring.definersOf(StorageProvider.class))
                .containsExactly("org.jobrunr.spring.autoconfigure.storage.JobRunrMongoDBStorageAutoConfiguration");
    }

    @Test
    void peopleSignInAtTheCouncilsIdentityProvider() {
        wiring.assertSignsInWithBearerTokens();
    }
}
