package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query whose answer is larger than the driver takes in one reply (48 MB), as every open clock was
 * at 1,000,000 complaints: answered in batches, whole and in order, where mongo-java-server on its own
 * sent it in one reply and the driver refused it.
 */
class ReadModelStoreBatchesTest {

    private static final int DOCUMENTS = 25_000;
    private static final String TWO_KILOBYTES = "x".repeat(2_000);

    private final MongoServer server = new MongoServer(new ReadModelStore(
            new MVStore.Builder().autoCommitDisabled().autoCommitBufferSize(0).open()));
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoCollection<Document> clocks = client.getDatabase("complaints").getCollection("clocks");

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aSortedAnswerOfFiftyMegabytesArrivesWholeAndInOrder() {
        for (int from = 0; from < DOCUMENTS; from += 1_000) {
            clocks.insertMany(IntStream.range(from, from + 1_000)
                    .mapToObj(n -> new Document("_id", n).append("urgency", n % 97).append("notes", TWO_KILOBYTES)).toList());
        }

        List<Document> mostUrgentFirst = clocks.find().sort(Sorts.orderBy(Sorts.descending("urgency"), Sorts.ascending("_id")))
                .into(new ArrayList<>());

        assertThat(mostUrgentFirst).hasSize(DOCUMENTS);
        assertThat(mostUrgentFirst).isSortedAccordingTo((a, b) -> a.getInteger("urgency").equals(b.getInteger("urgency"))
                ? Integer.compare(a.getInteger("_id"), b.getInteger("_id"))
                : Integer.compare(b.getInteger("urgency"), a.getInteger("urgency")));
    }

    @Test
    void aFindOrGetMoreWithoutABatchSizeGetsOneAndNothingElseIsChanged() {
        assertThat(ReadModelStore.inBatches("find", command("find", "clocks").append("batchSize", 5)).get("batchSize"))
                .isEqualTo(5);
        // what mongo-java-server reads as "every match at once"
        assertThat(ReadModelStore.inBatches("find", command("find", "clocks").append("batchSize", 0)).get("batchSize"))
                .isEqualTo(ReadModelStore.BATCH_SIZE);
        assertThat(ReadModelStore.inBatches("getMore", command("getMore", 1L)).get("batchSize"))
                .isEqualTo(ReadModelStore.BATCH_SIZE);
        assertThat(ReadModelStore.inBatches("insert", command("insert", "clocks")).containsKey("batchSize")).isFalse();
    }

    /** A command as mongo-java-server hands it to its backend. */
    private static de.bwaldvogel.mongo.bson.Document command(String name, Object value) {
        return new de.bwaldvogel.mongo.bson.Document(name, value);
    }
}
