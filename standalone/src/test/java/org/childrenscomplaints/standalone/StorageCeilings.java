package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the embedded storage itself can do with the app's own data, with none of the app's work
 * around it: the figures the benchmark divides the app's by.
 */
final class StorageCeilings {

    private static final int MONGO_BATCH = 1_000;

    record Rate(long units, double seconds) {
        double perSecond() {
            return units / seconds;
        }
    }

    private StorageCeilings() {
    }

    /**
     * The events stored after {@code afterGlobalIndex} up to {@code lastGlobalIndex} (one run of
     * registrations, not the runs or the copies after it), appended again to the same store, one
     * transaction per registration as a command commits them, from {@code clients} threads:
     * registrations per second at best. Copy number {@code copy} gets new ids; the reference series'
     * events go to series of their own, as the originals are still there.
     */
    static Rate registrationAppends(Path dataDir, long afterGlobalIndex, long lastGlobalIndex, int clients, int copy) throws Exception {
        Map<String, List<HistoryCopies.StoredEvent>> cases = new LinkedHashMap<>();
        List<HistoryCopies.StoredEvent> numbers = new ArrayList<>();
        try (Connection connection = HistoryCopies.open(dataDir);
             PreparedStatement query = connection.prepareStatement("SELECT " + HistoryCopies.COLUMNS
                     + " FROM DomainEventEntry WHERE globalIndex > ? AND globalIndex <= ? ORDER BY globalIndex")) {
            query.setLong(1, afterGlobalIndex);
            query.setLong(2, lastGlobalIndex);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    HistoryCopies.StoredEvent event = HistoryCopies.read(rows);
                    if (event.aggregateType().equals("ReferenceSeries")) {
                        numbers.add(event.inSeries(event.aggregateId() + "-ceiling-" + copy));
                    } else {
                        cases.computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event.inCopy(copy));
                    }
                }
            }
        }
        List<List<HistoryCopies.StoredEvent>> registrations = new ArrayList<>();
        int number = 0;
        for (List<HistoryCopies.StoredEvent> events : cases.values()) {
            List<HistoryCopies.StoredEvent> transaction = new ArrayList<>(events);
            if (number < numbers.size()) {
                transaction.add(numbers.get(number++));
            }
            registrations.add(transaction);
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            work.add(threads.submit(() -> {
                try (Connection connection = HistoryCopies.open(dataDir);
                     PreparedStatement insert = connection.prepareStatement(HistoryCopies.INSERT)) {
                    connection.setAutoCommit(false);
                    for (int i = next.getAndIncrement(); i < registrations.size(); i = next.getAndIncrement()) {
                        for (HistoryCopies.StoredEvent event : registrations.get(i)) {
                            HistoryCopies.bind(insert, event);
                            insert.addBatch();
                        }
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : work) {
            client.get();
        }
        threads.shutdown();
        return new Rate(registrations.size(), (System.nanoTime() - start) / 1e9);
    }

    /**
     * Every document of every read model in {@code dataDir}, with its collection's indexes, written
     * again to a new embedded MongoDB file in unordered batches: documents per second at best. One
     * collection at a time (all of 1,000,000 complaints' at once would not fit in memory, and
     * mongo-java-server holds a whole collection's answer), and only the writes are timed.
     */
    static Rate readModelWrites(Path dataDir, Path scratch) {
        long[] written = {0};
        long[] nanos = {0};
        withDatabase(dataDir.resolve("readmodels.mv"), source -> withDatabase(scratch.resolve("readmodels.mv"), target -> {
            for (String name : source.listCollectionNames()) {
                MongoCollection<Document> from = source.getCollection(name);
                MongoCollection<Document> to = target.getCollection(name);
                long start = System.nanoTime();
                from.listIndexes().into(new ArrayList<>()).stream().filter(index -> !index.getString("name").equals("_id_"))
                        .forEach(index -> to.createIndex(index.get("key", Document.class),
                                new IndexOptions().unique(index.getBoolean("unique", false)).name(index.getString("name"))));
                nanos[0] += System.nanoTime() - start;
                List<Document> batch = new ArrayList<>(MONGO_BATCH);
                // in batches: mongo-java-server otherwise answers with all of them at once, past the driver's 48 MB limit
                for (Document document : from.find().batchSize(MONGO_BATCH)) {
                    batch.add(document);
                    if (batch.size() == MONGO_BATCH) {
                        nanos[0] += timedInsert(to, batch);
                        written[0] += batch.size();
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    nanos[0] += timedInsert(to, batch);
                    written[0] += batch.size();
                }
            }
        }));
        return new Rate(written[0], nanos[0] / 1e9);
    }

    private static long timedInsert(MongoCollection<Document> collection, List<Document> batch) {
        long start = System.nanoTime();
        collection.insertMany(batch, new InsertManyOptions().ordered(false));
        return System.nanoTime() - start;
    }

    private interface DatabaseWork {
        void on(MongoDatabase database);
    }

    private static void withDatabase(Path file, DatabaseWork work) {
        MongoServer server = new MongoServer(ReadModelStore.inFile(file.toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.on(client.getDatabase(EmbeddedStorageConfiguration.READ_MODEL_DATABASE));
        } finally {
            server.shutdown();
        }
    }
}
