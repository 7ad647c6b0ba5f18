package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The read models' health in the embedded default: down once H2 has closed their store after a
 * failure to write it, as the read models then stop until the app restarts, though the endpoint
 * still answers; otherwise whether the endpoint answers. Replaces Spring Boot's MongoDB check,
 * which sends {@code hello}, a command mongo-java-server does not implement; {@code ping} proves
 * the same.
 */
final class ReadModelsHealth implements HealthIndicator {

    private final ReadModelStore store;
    private final MongoClient readModels;

    ReadModelsHealth(ReadModelStore store, MongoClient readModels) {
        this.store = store;
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        if (store.isClosed()) {
            return Health.down().withDetail("error", RequestBoundaryCommits.CLOSED_AFTER_A_FAILURE).build();
        }
        try {
            readModels.getDatabase(EmbeddedStorageConfiguration.READ_MODEL_DATABASE).runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
