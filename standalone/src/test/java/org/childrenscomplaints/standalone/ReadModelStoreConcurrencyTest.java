package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first moments of a collection, as at an app's first requests: several clients writing to a
 * collection that does not exist yet while one of them creates its unique index (Spring Data does, the
 * first time it meets the document's type). Every write succeeds and every document is in every index.
 */
class ReadModelStoreConcurrencyTest {

    private static final int COLLECTIONS = 150;
    private static final int CLIENTS = 12;
    private static final int DOCUMENTS_EACH = 5;

    @TempDir
    Path dir;

    @Test
    void writesToANewCollectionWhileItsIndexIsCreatedAllSucceedAndAreAllIndexed() throws Exception {
        MongoServer server = new MongoServer(ReadModelStore.inFile(dir.resolve("readmodels.mv").toString()));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            for (int round = 0; round < COLLECTIONS; round++) {
                MongoCollection<Document> collection = client.getDatabase("complaints").getCollection("new_" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> writes = new ArrayList<>();
                for (int writer = 0; writer < CLIENTS; writer++) {
                    int first = writer * DOCUMENTS_EACH;
                    writes.add(clients.submit(failuresKept(failures, start, () -> writer(first) == 0
                            ? collection.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true))
                            : firstWrites(collection, first))));
                }
                start.countDown();
                for (Future<?> write : writes) {
                    write.get();
                }
                List<Document> held = collection.find(Filters.exists("summary")).into(new ArrayList<>());
                assertThat(held).as("documents in %s", collection.getNamespace()).hasSize((CLIENTS - 1) * DOCUMENTS_EACH);
                assertThat(collection.find(Filters.in("_id", held.stream().map(d -> d.get("_id")).toList()))
                        .into(new ArrayList<>())).as("found by _id").hasSameSizeAs(held);
                assertThat(collection.find(Filters.in("reference", held.stream().map(d -> d.get("reference")).toList()))
                        .into(new ArrayList<>())).as("found by reference").hasSameSizeAs(held);
            }
        } finally {
            clients.shutdownNow();
            server.shutdown();
        }
        assertThat(failures).isEmpty();
    }

    private static int writer(int first) {
        return first / DOCUMENTS_EACH;
    }

    private static Object firstWrites(MongoCollection<Document> collection, int first) {
        String id = "case-" + first;
        collection.deleteMany(Filters.and(Filters.eq("_id", id), Filters.exists("expired")));
        collection.find(Filters.eq("_id", id)).first();
        collection.insertOne(aCase(first));
        collection.insertMany(IntStream.range(first + 1, first + DOCUMENTS_EACH).mapToObj(ReadModelStoreConcurrencyTest::aCase).toList());
        return null;
    }

    private static Callable<Object> failuresKept(ConcurrentLinkedQueue<String> failures, CountDownLatch start, Callable<Object> write) {
        return () -> {
            start.await();
            try {
                return write.call();
            } catch (RuntimeException e) {
                failures.add(e.toString());
                return null;
            }
        };
    }

    private static Document aCase(int number) {
        return new Document("_id", "case-" + number).append("reference", "R-" + number).append("summary", "x");
    }
}
