package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an app that has ended left in its data directory, read straight from the files: the event
 * store and reminder jobs in the H2 database, the read models in the MongoDB file. Only while no
 * app runs on the directory (both are locked while one does).
 */
final class DataDirFiles {

    private final Path dataDir;

    DataDirFiles(Path dataDir) {
        this.dataDir = dataDir;
    }

    record StoredEvent(String aggregateId, long sequence, String type) {
    }

    record Job(String id, String state, Instant scheduledAt) {
    }

    List<StoredEvent> events() {
        return query("SELECT aggregateIdentifier, sequenceNumber, payloadType FROM DomainEventEntry ORDER BY globalIndex",
                row -> new StoredEvent(row.getString(1), row.getLong(2), row.getString(3)));
    }

    List<Job> jobs() {
        return query("SELECT id, state, scheduledAt FROM jobrunr_jobs",
                row -> new Job(row.getString(1), row.getString(2),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()));
    }

    Map<String, List<String>> readModels() {
        MongoServer server = new MongoServer(ReadModelStore.inFile(dataDir.resolve("readmodels.mv").toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            return ReadModelDocuments.of(client.getDatabase(EmbeddedStorageConfiguration.READ_MODEL_DATABASE));
        } finally {
            server.shutdown();
        }
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> mapping) {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("events"), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(sql)) {
            List<T> found = new ArrayList<>();
            while (rows.next()) {
                found.add(mapping.read(rows));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + dataDir + ": " + sql, e);
        }
    }
}
