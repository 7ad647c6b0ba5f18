package org.childrenscomplaints.query;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.UuidRepresentation;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The in-process MongoDB the embedded app uses (H2 backend), for projection tests; one per test class. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client;
    private final MongoTemplate template;

    public EmbeddedMongo() {
        // as the app configures it (spring.mongodb.representation.uuid)
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .build());
        template = new MongoTemplate(client, "complaints");
    }

    public MongoTemplate template() {
        return template;
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
