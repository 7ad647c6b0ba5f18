package org.childrenscomplaints.query;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.UuidRepresentation;
import org.childrenscomplaints.query.QuerySideConfiguration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** The in-process MongoDB the embedded app uses (H2 backend), for projection tests; one per test class. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(H2Backend.inMemory());
    private final MongoClient client;
    private final MongoTemplate template;

    public EmbeddedMongo() {
        this(new CommandListener() {
        });
    }

    /** @param commands told of every command sent, in the order sent */
    public EmbeddedMongo(CommandListener commands) {
        // as the app configures it (spring.mongodb.representation.uuid)
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD)
                .addCommandListener(commands)
                .build());
        // mapped as the app maps them (QuerySideConfiguration)
        MongoCustomConversions conversions = QuerySideConfiguration.readModelConversions();
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        template = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, "complaints"), converter);
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
