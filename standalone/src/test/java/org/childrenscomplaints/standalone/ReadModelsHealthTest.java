package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator, or an orchestrator's liveness probe, learns from the health check that the read models
 * have stopped: once H2 closes their store after a failure to write it (in the twelfth benchmark
 * round, a commit that found no heap for its buffer), the endpoint still answers a ping.
 */
class ReadModelsHealthTest {

    private final MVStore mvStore = new MVStore.Builder().autoCommitDisabled().autoCommitBufferSize(0).open();
    private final ReadModelStore store = new ReadModelStore(mvStore);
    private final MongoServer server = new MongoServer(store);
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final ReadModelsHealth health = new ReadModelsHealth(store, client);

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void upWhileTheStoreIsOpenAndTheEndpointAnswers() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWithTheReasonOnceH2HasClosedTheStoreThoughTheEndpointStillAnswers() {
        // what H2 does last after a failed write (MVStore.panic, then closeImmediately once unlocked)
        mvStore.closeImmediately();

        Health answer = health.health();

        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getDetails()).containsEntry("error", RequestBoundaryCommits.CLOSED_AFTER_A_FAILURE);
    }
}
