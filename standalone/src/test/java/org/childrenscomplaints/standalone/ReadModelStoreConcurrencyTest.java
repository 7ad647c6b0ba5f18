package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first moments of a collection, as at an app's first requests: several clients writing to a
 * collection that does not exist yet while one of them creates its unique index (Spring Data does, the
 * first time it meets the document's type). Every write succeeds and every document is in every index;
 * with mongo-java-server's own collection, inserts failed ({@code ConcurrentModificationException})
 * and the index missed documents.
 */
class ReadModelStoreConcurrencyTest {

    private static final int COLLECTIONS = 150;
    private static final int CLIENTS = 12;
    private static final int DOCUMENTS_EACH = 5;

    @TempDir
    Path dir;

    private MongoServer server;
    private MongoClient client;
    private ExecutorService clients;
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() {
        server = new MongoServer(ReadModelStore.inFile(dir.resolve("readmodels.mv").toString()));
        client = MongoClients.create(server.bindAndGetConnectionString());
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stop() {
        clients.shutdownNow();
        client.close();
        server.shutdown();
    }

    @Test
    void writesToANewCollectionWhileItsIndexIsCreatedAllSucceedAndAreAllIndexed() throws Exception {
        for (int round = 0; round < COLLECTIONS; round++) {
            MongoCollection<Document> collection = collection(round);
            allAtOnce(writer -> {
                if (writer == 0) {
                    collection.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
                } else {
                    firstWrites(collection, writer * DOCUMENTS_EACH);
                }
            });
            List<Document> held = collection.find(Filters.exists("summary")).into(new ArrayList<>());
            assertThat(held).as("documents in %s", collection.getNamespace()).hasSize((CLIENTS - 1) * DOCUMENTS_EACH);
            assertThat(collection.find(Filters.in("_id", held.stream().map(document -> document.get("_id")).toList()))
                    .into(new ArrayList<>())).as("found by _id").hasSameSizeAs(held);
            assertThat(collection.find(Filters.in("reference", held.stream().map(document -> document.get("reference")).toList()))
                    .into(new ArrayList<>())).as("found by reference").hasSameSizeAs(held);
        }
        assertThat(failures).isEmpty();
    }

    private MongoCollection<Document> collection(int round) {
        return client.getDatabase("complaints").getCollection("new_" + round);
    }

    /** Each client's writes, all released at the same moment; what fails is kept in {@link #failures}. */
    private void allAtOnce(IntConsumer writes) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writing = new ArrayList<>();
        for (int writer = 0; writer < CLIENTS; writer++) {
            int number = writer;
            writing.add(clients.submit(() -> {
                start.await();
                try {
                    writes.accept(number);
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> write : writing) {
            write.get();
        }
    }

    /** As the idempotency filter's first look at a key: an expired one removed, the key looked for, then kept. */
    private static void firstWrites(MongoCollection<Document> collection, int first) {
        String id = "case-" + first;
        collection.deleteMany(Filters.and(Filters.eq("_id", id), Filters.exists("expired")));
        collection.find(Filters.eq("_id", id)).first();
        collection.insertOne(aCase(first));
        collection.insertMany(IntStream.range(first + 1, first + DOCUMENTS_EACH)
                .mapToObj(ReadModelStoreConcurrencyTest::aCase).toList());
    }

    private static Document aCase(int number) {
        return new Document("_id", "case-" + number).append("reference", "R-" + number).append("summary", "x");
    }
}
