package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' file as a crash would leave it at any moment of a load of writes: copies taken
 * while cases are inserted, replaced and deleted, each opened afterwards, find every document they
 * hold through each of its indexes (as a projection finds its documents by id), and each index has
 * as many entries as there are documents. With H2's own commits, which land between a document and
 * its indexes, the copies held documents their {@code _id} index did not know.
 */
class ReadModelStoreCrashTest {

    private static final int COPIES = 40;
    private static final int BATCH = 100;
    private static final int BATCHES_KEPT = 20;
    /** The collection's namespace, which names its maps in the store. */
    private static final String CASES = "complaints.cases";

    @TempDir
    Path dir;

    @Test
    void aFileLeftAtAnyMomentFindsEachOfItsDocumentsThroughEveryIndex() throws Exception {
        Path file = dir.resolve("readmodels.mv");
        List<Path> copies = new ArrayList<>();
        MongoServer server = new MongoServer(ReadModelStore.inFile(file.toString()));
        AtomicBoolean writing = new AtomicBoolean(true);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> cases = casesIn(client);
            cases.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            CompletableFuture<Void> load = CompletableFuture.runAsync(() -> {
                for (int batch = 0; writing.get(); batch++) {
                    cases.insertMany(IntStream.range(batch * BATCH, (batch + 1) * BATCH)
                            .mapToObj(number -> aCase(number, "OPEN")).toList());
                    int changed = batch * BATCH - BATCH / 2;
                    cases.replaceOne(Filters.eq("_id", "case-" + changed), aCase(changed, "CLOSED"));
                    // kept to about BATCHES_KEPT batches, so each copy is checked in moments
                    cases.deleteMany(Filters.in("_id", IntStream.range((batch - BATCHES_KEPT) * BATCH, (batch - BATCHES_KEPT + 1) * BATCH)
                            .mapToObj(number -> "case-" + number).toList()));
                }
            });
            try {
                while (copies.size() < COPIES) {
                    Thread.sleep(100);
                    copies.add(copyOf(file, copies.size()));
                }
            } finally {
                writing.set(false);
                load.get();
            }
        } finally {
            server.shutdown();
        }
        for (Path copy : copies) {
            // counted first: opening the copy makes an empty index again
            eachIndexHoldsAsManyEntriesAsThereAreDocuments(copy);
            everyDocumentIsFoundThroughItsIndexes(copy);
            Files.delete(copy);
        }
    }

    /** As mongo-java-server keeps them: an index entry without its document would refuse that document's next insert. */
    private static void eachIndexHoldsAsManyEntriesAsThereAreDocuments(Path copy) {
        try (MVStore store = new MVStore.Builder().fileName(copy.toString()).readOnly().open()) {
            if (!store.hasMap(ReadModelStore.DOCUMENTS_MAP_PREFIX + CASES)) {
                return; // copied before the first commit
            }
            int documents = store.openMap(ReadModelStore.DOCUMENTS_MAP_PREFIX + CASES).size();
            List<String> indexes = store.getMapNames().stream().filter(name -> name.startsWith(ReadModelStore.indexMapName(CASES, ""))).toList();
            assertThat(indexes).as("the indexes kept in %s", copy.getFileName()).hasSize(2);
            indexes.forEach(index -> assertThat(store.openMap(index, ReadModelIndex.map()).size())
                    .as("entries of %s in %s", index, copy.getFileName()).isEqualTo(documents));
        }
    }

    private static void everyDocumentIsFoundThroughItsIndexes(Path copy) {
        MongoServer server = new MongoServer(ReadModelStore.inFile(copy.toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> cases = casesIn(client);
            // a condition no index answers: every document the collection holds, read from it
            List<Document> held = cases.find(Filters.exists("summary")).into(new ArrayList<>());
            List<Object> ids = held.stream().map(document -> document.get("_id")).toList();
            List<Object> references = held.stream().map(document -> document.get("reference")).toList();
            assertThat(foundAmong(cases, "_id", ids))
                    .as("of the %d documents in %s, those found by _id", held.size(), copy.getFileName()).isEqualTo(held.size());
            assertThat(foundAmong(cases, "reference", references))
                    .as("of the %d documents in %s, those found by reference", held.size(), copy.getFileName()).isEqualTo(held.size());
        } finally {
            server.shutdown();
        }
    }

    /** By a batch's worth at a time: each document found is matched against the whole list. */
    private static int foundAmong(MongoCollection<Document> cases, String field, List<Object> values) {
        int found = 0;
        for (int from = 0; from < values.size(); from += BATCH) {
            found += cases.find(Filters.in(field, values.subList(from, Math.min(from + BATCH, values.size()))))
                    .into(new ArrayList<>()).size();
        }
        return found;
    }

    private static MongoCollection<Document> casesIn(MongoClient client) {
        return client.getDatabase("complaints").getCollection("cases");
    }

    private static Path copyOf(Path file, int number) throws IOException {
        Path copy = file.resolveSibling("copy-" + number + ".mv");
        Files.copy(file, copy);
        return copy;
    }

    /** A closed case's reference changes too, so its index entry is rewritten. */
    private static Document aCase(int number, String status) {
        return new Document("_id", "case-" + number).append("reference", status + "-" + number)
                .append("status", status).append("summary", "x".repeat(500));
    }
}
