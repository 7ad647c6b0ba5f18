package org.childrenscomplaints.standalone;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.UuidRepresentation;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read models' documents and index keys stored as BSON, and files from before converted without losing any. */
class ReadModelStoreFormatTest {

    @TempDir
    Path dir;

    private String file() {
        return dir.resolve("readmodels.mv").toString();
    }

    @Test
    void documentsOfEveryKindComeBackAsStoredAfterARestart() {
        with(ReadModelStore::inFile, database -> database.getCollection("cases").insertMany(everyKind()));

        with(ReadModelStore::inFile, database ->
                assertThat(database.getCollection("cases").find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(everyKind()));
        try (MVStore store = new MVStore.Builder().fileName(file()).readOnly().open()) {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> asBson =
                    store.openMap(ReadModelStore.DOCUMENTS_MAP_PREFIX + EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".cases", ReadModelStore.documentsMap());
            assertThat(asBson.get("CO-2026-0002")).as("stored as BSON").containsEntry("status", "CLOSED");
        }
    }

    @Test
    void aFileWrittenBeforeIsConvertedWithEveryDocumentItsIndexesAndItsTokens() {
        with(H2Backend::new, database -> {
            database.getCollection("cases").insertMany(everyKind());
            database.getCollection("idempotency_keys").createIndex(new Document("key", 1), new IndexOptions().unique(true));
            database.getCollection("idempotency_keys").insertOne(new Document("_id", "k1").append("key", "integration-1"));
            database.getCollection("tokens").insertOne(new Document("_id", "tracker").append("position", 83_578L));
        });

        with(ReadModelStore::inFile, database -> {
            assertThat(database.getCollection("cases").find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(everyKind());
            assertThat(database.getCollection("tokens").find().first()).containsEntry("position", 83_578L);
            assertThatThrownBy(() -> database.getCollection("idempotency_keys")
                    .insertOne(new Document("_id", "k2").append("key", "integration-1")))
                    .as("the unique index still holds").hasMessageContaining("duplicate key");
            database.getCollection("cases").insertOne(new Document("_id", "after").append("status", "OPEN"));
        });

        with(ReadModelStore::inFile, database -> {
            assertThat(database.getCollection("cases").countDocuments()).isEqualTo(everyKind().size() + 1);
            assertThat(database.getCollection("cases").find(Filters.eq("_id", "CO-2026-0002")).first())
                    .as("found through its _id index").containsEntry("status", "CLOSED");
        });
        try (MVStore store = new MVStore.Builder().fileName(file()).readOnly().open()) {
            assertThat(store.getMapNames()).as("the indexes kept before").noneMatch(name -> name.startsWith(
                    ReadModelStore.indexMapNameKeptByAnEarlierRelease(EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".cases", "")));
            assertThat(store.openMap(ReadModelStore.indexMapName(EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".cases", "_id_"),
                    ReadModelIndex.map()).size()).as("the _id index made again").isEqualTo(everyKind().size() + 1);
        }
    }

    @Test
    void indexesKeptByAnEarlierReleaseAfterThisOneAreMadeAgain() {
        with(ReadModelStore::inFile, database -> database.getCollection("cases").insertMany(everyKind()));
        String cases = EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".cases";
        try (MVStore store = new MVStore.Builder().fileName(file()).open()) {
            // the release before keeps its own map and leaves this release's as it was: here, out of date
            store.openMap(ReadModelStore.indexMapNameKeptByAnEarlierRelease(cases, "_id_")).put(new KeyValue("ST-2026-0001"), "ST-2026-0001");
            MVMap<KeyValue, Object> thisRelease = store.openMap(ReadModelStore.indexMapName(cases, "_id_"), ReadModelIndex.map());
            thisRelease.remove(new KeyValue("CO-2026-0002"));
            thisRelease.put(new KeyValue("deleted-since"), "deleted-since");
        }

        with(ReadModelStore::inFile, database -> {
            assertThat(database.getCollection("cases").find(Filters.eq("_id", "CO-2026-0002")).first()).isNotNull();
            assertThat(database.getCollection("cases").find(Filters.eq("_id", "deleted-since")).first()).isNull();
            database.getCollection("cases").insertOne(new Document("_id", "deleted-since"));
        });
    }

    @Test
    void anIndexWhoseMakingFailedIsMadeAgainAtTheNextOpenNotTrustedHalfMade() {
        String keys = EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".idempotency_keys";
        with(ReadModelStore::inFile, database -> {
            database.getCollection("idempotency_keys").createIndex(new Document("key", 1), new IndexOptions().unique(true));
            database.getCollection("idempotency_keys").insertMany(List.of(new Document("_id", "a").append("key", "k1"),
                    new Document("_id", "b").append("key", "k2"), new Document("_id", "c").append("key", "k3")));
        });
        // kept by a release from before, while a document came to break the index's uniqueness
        setKeyOfC(keys, "k1", store -> store.openMap(ReadModelStore.indexMapNameKeptByAnEarlierRelease(keys, "key_1")).put(new KeyValue("k1"), "a"));
        // opened: making the index again fails on the duplicate, and the store commits as it closes
        with(ReadModelStore::inFile, database -> {
        });
        // the duplicate mended
        setKeyOfC(keys, "k3", store -> {
        });

        with(ReadModelStore::inFile, database -> assertThat(database.getCollection("idempotency_keys")
                .find(Filters.eq("key", "k3")).first()).as("found through the index made again").containsEntry("_id", "c"));
    }

    private void setKeyOfC(String namespace, String key, Consumer<MVStore> more) {
        try (MVStore store = new MVStore.Builder().fileName(file()).open()) {
            store.openMap(ReadModelStore.DOCUMENTS_MAP_PREFIX + namespace, ReadModelStore.documentsMap())
                    .put("c", new de.bwaldvogel.mongo.bson.Document("_id", "c").append("key", key));
            more.accept(store);
        }
    }

    @Test
    void aConversionInterruptedHalfWayStartsThatCollectionAgain() {
        with(H2Backend::new, database -> database.getCollection("cases").insertMany(everyKind()));
        try (MVStore store = new MVStore.Builder().fileName(file()).open()) {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> halfCopied =
                    store.openMap(BsonDocumentConversion.COPY_PREFIX + ReadModelStore.DOCUMENTS_MAP_PREFIX + EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".cases", ReadModelStore.documentsMap());
            halfCopied.put("only-this-one", new de.bwaldvogel.mongo.bson.Document("_id", "only-this-one"));
        }

        with(ReadModelStore::inFile, database ->
                assertThat(database.getCollection("cases").find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(everyKind()));
    }

    @Test
    void aConversionInterruptedAfterACollectionWasSwappedInLeavesThatOneAsItIs() {
        with(H2Backend::new, database -> {
            database.getCollection("cases").insertMany(everyKind());
            database.getCollection("tokens").insertOne(new Document("_id", "tracker").append("position", 83_578L));
        });
        String cases = ReadModelStore.DOCUMENTS_MAP_PREFIX + EmbeddedStorageConfiguration.READ_MODEL_DATABASE + ".cases";
        try (MVStore store = new MVStore.Builder().fileName(file()).open()) {
            // as a conversion leaves a collection it swapped in and marked before it was stopped
            MVMap<Object, Object> javaSerialized = store.openMap(cases);
            Map<Object, Object> documents = new HashMap<>(javaSerialized);
            store.removeMap(javaSerialized);
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> bson = store.openMap(cases, ReadModelStore.documentsMap());
            documents.forEach((id, document) -> bson.put(id, (de.bwaldvogel.mongo.bson.Document) document));
            store.<String, String>openMap(BsonDocumentConversion.FORMAT_MAP).put(cases, "bson");
        }

        with(ReadModelStore::inFile, database -> {
            assertThat(database.getCollection("cases").find().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(everyKind());
            assertThat(database.getCollection("tokens").find().first()).containsEntry("position", 83_578L);
        });
    }

    private void with(Function<String, H2Backend> backend, Consumer<MongoDatabase> work) {
        MongoServer server = new MongoServer(backend.apply(file()));
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString()))
                .uuidRepresentation(UuidRepresentation.STANDARD).build())) {
            work.accept(client.getDatabase(EmbeddedStorageConfiguration.READ_MODEL_DATABASE));
        } finally {
            server.shutdownNow();
        }
    }

    /** What the read models hold: text, numbers, dates, flags, nulls, nested documents and lists of both. */
    private static List<Document> everyKind() {
        return List.of(
                new Document("_id", "ST-2026-0001").append("status", "OPEN").append("stage", 1)
                        .append("sequence", 9_000_000_000L).append("ratio", 0.25).append("late", false)
                        .append("receivedAt", new Date(1_790_000_000_000L)).append("withdrawnOn", null)
                        .append("amount", new Decimal128(new BigDecimal("250.00"))).append("count", 3L)
                        .append("caseId", UUID.fromString("0b6f3c2e-4d0a-4c55-9a55-1f6a2b3c4d5e"))
                        .append("objectId", new ObjectId("64b7f0c2a1b2c3d4e5f60718"))
                        .append("attachment", new Binary(new byte[]{1, 2, 3}))
                        .append("clock", new Document("type", "RESPONSE").append("due", "2026-12-07"))
                        .append("delayReasons", List.of("STAFF_ABSENCE", "COMPLEXITY"))
                        .append("remedies", List.of(new Document("kind", "APOLOGY").append("done", true))),
                new Document("_id", "CO-2026-0002").append("status", "CLOSED").append("text", "Ü ñ ✓ — quotes \" and \\"));
    }
}
