package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Long scans of the read models from disk while the store is rewritten and compacted under them, as
 * after a rebuild at 100,000 complaints, on a store set to drop unused chunks at once. With
 * mongo-java-server's own {@link H2Backend} in place of {@link ReadModelStore} this failed in every
 * one of seven runs: "Chunk ... not found", once a scan that silently missed cases.
 */
class ReadModelStoreTest {

    private static final int DOCUMENTS = 20_000;
    private static final int SCANS = 8;

    /** Every case, matched by an expression that backtracks, so each scan holds its cursor for a while. */
    private static final Document SLOW_TO_MATCH =
            new Document("summary", new Document("$not", new Document("$regex", "^x*x*y")));

    @TempDir
    Path dir;

    @Test
    void aScanReadsEveryDocumentWhileTheStoreIsRewrittenAndCompacted() throws Exception {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("readmodels.mv").toString()).cacheSize(1)
                .autoCommitDisabled().autoCommitBufferSize(0).open();
        store.setRetentionTime(0);
        store.setVersionsToKeep(0);
        MongoServer server = new MongoServer(new ReadModelStore(store));
        AtomicBoolean scanning = new AtomicBoolean(true);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> cases = client.getDatabase("readmodels").getCollection("cases");
            // beside the cases, another map of the same store about as large: each chunk is half
            // dead once that map is rewritten, so compaction moves the cases' pages elsewhere
            MVMap<String, String> other = store.openMap("other");
            for (int from = 0; from < DOCUMENTS; from += 100) {
                cases.insertMany(IntStream.range(from, from + 100).mapToObj(ReadModelStoreTest::aCase).toList());
                other.put("position", Integer.toString(from).repeat(5_000));
                store.commit();
            }
            CompletableFuture<Void> rewriting = CompletableFuture.runAsync(() -> {
                for (int round = 1; scanning.get(); round++) {
                    other.put("position", Integer.toString(round).repeat(5_000));
                    store.commit();
                    store.compact(95, 16 * 1024 * 1024);
                }
            });
            try {
                for (int scan = 0; scan < SCANS; scan++) {
                    assertThat(cases.find(SLOW_TO_MATCH).into(new ArrayList<>())).hasSize(DOCUMENTS);
                }
            } finally {
                scanning.set(false);
                rewriting.get();
            }
        } finally {
            server.shutdown();
        }
    }

    private static Document aCase(int id) {
        return new Document("_id", id).append("status", "OPEN").append("summary", "x".repeat(200));
    }
}
