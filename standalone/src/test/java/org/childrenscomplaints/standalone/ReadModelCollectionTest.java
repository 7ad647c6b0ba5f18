package org.childrenscomplaints.standalone;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Queries that name their documents by id read those alone, pages of sorted queries keep a page, and both answer what a scan answers. */
class ReadModelCollectionTest {

    private static final int CASES = 20_000;
    private static final String CASES_COLLECTION = "cases";

    @TempDir
    Path dir;

    @Test
    void aGuardedUpdateOfOneDocumentReadsThatDocumentNotTheCollection() {
        run(ReadModelStore::inFile, cases -> cases.insertMany(IntStream.range(0, CASES).mapToObj(ReadModelCollectionTest::aCase).toList()));

        long scanReads = fileReadsOf(cases -> assertThat(cases.countDocuments(Filters.gte("number", 0))).isEqualTo(CASES));
        // as the annual report writes a guarded update: the id beside an $and of conditions
        Document notCountedYet = new Document("_id", "case-12345").append("$and", List.of(
                new Document("applied.c1", new Document("$not", new Document("$gte", 5)))));
        long narrowedReads = fileReadsOf(cases -> assertThat(cases.updateOne(notCountedYet,
                Updates.combine(Updates.set("applied.c1", 5), Updates.inc("counts.received", 1))).getModifiedCount()).isEqualTo(1));
        long againReads = fileReadsOf(cases -> assertThat(cases.updateOne(notCountedYet, Updates.inc("counts.received", 1))
                .getMatchedCount()).as("counted already").isZero());
        // as the Java driver writes one: an $and of the id and the conditions
        long driverReads = fileReadsOf(cases -> assertThat(cases.find(Filters.and(Filters.in("_id", "case-00003", "case-19998"),
                Filters.exists("applied", false))).into(new ArrayList<>())).hasSize(2));

        assertThat(List.of(narrowedReads, againReads, driverReads)).as("file reads of the named queries, against %d for a scan", scanReads)
                .allMatch(reads -> reads < scanReads / 20);
        run(ReadModelStore::inFile, cases -> assertThat(cases.find(Filters.eq("_id", "case-12345")).first())
                .containsEntry("applied", new Document("c1", 5)).containsEntry("counts", new Document("received", 1)));
    }

    @Test
    void aSortsFirstPageWalksItsIndexMadeAtTheFirstWalkAndReadsThePageNotTheCollection() {
        run(ReadModelStore::inFile, cases -> {
            cases.insertMany(IntStream.range(0, CASES).mapToObj(ReadModelCollectionTest::aCase).toList());
            cases.createIndex(MOST_URGENT_FIRST);
        });

        long scanReads = run(ReadModelCollectionTest::withASmallCache, cases -> assertThat(cases.countDocuments(Filters.gte("number", 0))).isEqualTo(CASES));
        List<Document> page = new ArrayList<>();
        long[] walkReads = {0};
        onStore(ReadModelCollectionTest::withASmallCache, (readsSoFar, client) -> {
            MongoCollection<Document> cases = casesOf(client);
            assertThat(indexEntries(client)).as("entries before the first walk").isZero();
            cases.find().sort(MOST_URGENT_FIRST).limit(50).into(new ArrayList<>());
            cases.updateMany(Filters.lt("number", 40), Updates.set("status", "ZZZ"));
            long before = readsSoFar.getAsLong();
            cases.find().sort(MOST_URGENT_FIRST).limit(50).into(page);
            walkReads[0] = readsSoFar.getAsLong() - before;
            assertThat(indexEntries(client)).as("entries kept since").isEqualTo(CASES);
        });

        assertThat(page).extracting(document -> document.get("number"))
                .containsExactlyElementsOf(IntStream.concat(IntStream.range(0, 40).map(number -> 39 - number),
                        IntStream.iterate(CASES - 1, number -> number - 1).filter(number -> number % 3 == 2).limit(10)).boxed().toList());
        assertThat(walkReads[0]).as("file reads of the first page, against %d for a scan", scanReads).isLessThan(scanReads / 20);
    }

    /** The entries of the index of {@link #MOST_URGENT_FIRST}, as mongo-java-server gives an index's size. */
    private static long indexEntries(MongoClient client) {
        Document stats = client.getDatabase(EmbeddedStorageConfiguration.READ_MODEL_DATABASE).runCommand(new Document("collStats", CASES_COLLECTION));
        return ((Number) stats.get("indexSize", Document.class).get("status_-1_number_-1")).longValue();
    }

    @Test
    void anIndexIsMadeAgainWhenTheStoreOpensForAReleaseBeforeThisOneChangedTheDocumentsWithoutIt() {
        run(ReadModelStore::inFile, cases -> {
            cases.insertMany(IntStream.range(0, 30).mapToObj(ReadModelCollectionTest::aCase).toList());
            cases.createIndex(MOST_URGENT_FIRST);
        });
        MVStore file = new MVStore.Builder().fileName(dir.resolve("readmodels.mv").toString()).open();
        MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents = file.openMap(
                ReadModelStore.DOCUMENTS_MAP_PREFIX + EmbeddedStorageConfiguration.READ_MODEL_DATABASE + "." + CASES_COLLECTION,
                ReadModelStore.documentsMap());
        de.bwaldvogel.mongo.bson.Document earlier = documents.get("case-00004");
        earlier.put("status", "ZZZ");
        documents.put("case-00004", earlier);
        documents.remove("case-00005");
        file.close();

        run(ReadModelStore::inFile, cases -> {
            List<Document> walked = cases.find().sort(MOST_URGENT_FIRST).limit(50).into(new ArrayList<>());
            assertThat(walked).hasSize(29).first().extracting(document -> document.get("_id")).isEqualTo("case-00004");
            // a filtered sort is not walked: every document is read
            assertThat(walked).isEqualTo(cases.find(Filters.exists("_id")).sort(MOST_URGENT_FIRST).limit(50).into(new ArrayList<>()));
        });
    }

    /** The store's own, with a cache of a megabyte: a page read once while the store opened is read from the file again. */
    private static H2Backend withASmallCache(String file) {
        return new ReadModelStore(new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0).cacheSize(1).open());
    }

    @Test
    void theAppsTemplateCountsAWholeCollectionFromItsSizeWithoutReadingItsDocuments() {
        run(ReadModelStore::inFile, cases -> cases.insertMany(IntStream.range(0, CASES).mapToObj(ReadModelCollectionTest::aCase).toList()));
        run(ReadModelStore::inFile, cases -> cases.deleteMany(Filters.lt("number", 100)));

        long scanReads = fileReadsOf(cases -> assertThat(cases.countDocuments()).isEqualTo(CASES - 100));
        long sizeReads = runOnClient(ReadModelStore::inFile, client ->
                assertThat(appsTemplate(client).count(new Query(), CASES_COLLECTION)).isEqualTo(CASES - 100));
        runOnClient(ReadModelStore::inFile, client -> assertThat(appsTemplate(client)
                .count(new Query(Criteria.where("number").lt(200)), CASES_COLLECTION)).as("a filtered count").isEqualTo(100));

        assertThat(sizeReads).as("file reads of the count, against %d for a scan", scanReads).isLessThan(scanReads / 20);
    }

    private static MongoTemplate appsTemplate(MongoClient client) {
        MongoTemplate template = new MongoTemplate(client, EmbeddedStorageConfiguration.READ_MODEL_DATABASE);
        return (MongoTemplate) EmbeddedStorageConfiguration.unfilteredCountsFromCollectionSizes()
                .postProcessAfterInitialization(template, "mongoTemplate");
    }

    @Test
    void namedQueriesAndPagesAnswerWhatTheUnchangedBackendAnswers() {
        List<List<Document>> narrowed = new ArrayList<>();
        List<List<Document>> plain = new ArrayList<>();
        run(ReadModelStore::inFile, cases -> narrowed.addAll(answersTo(cases)));
        run(file -> new H2Backend(new MVStore.Builder().open()), cases -> plain.addAll(answersTo(cases)));

        assertThat(narrowed).isEqualTo(plain);
        assertThat(narrowed.get(0)).as("a named case that matches").hasSize(1);
        assertThat(narrowed.get(4)).as("named cases sorted and limited").hasSize(2);
        assertThat(narrowed.get(12)).as("a page of a sorted query").hasSize(4);
    }

    /** Every shape the narrowing takes or declines, with updates and removals between the reads. */
    private static List<List<Document>> answersTo(MongoCollection<Document> cases) {
        // one index asked for before the documents are there, the others after: each is made at its first walk
        cases.createIndex(Indexes.ascending("status"));
        cases.insertMany(IntStream.range(0, 30).mapToObj(ReadModelCollectionTest::aCase).toList());
        cases.insertOne(new Document("_id", 7).append("status", "OPEN"));
        cases.createIndex(MOST_URGENT_FIRST);
        cases.createIndex(Indexes.descending("number"), new IndexOptions().sparse(true));
        cases.createIndex(Indexes.ascending("tags"));
        cases.createIndex(Indexes.ascending("due.day"));
        List<Bson> queries = List.of(
                Filters.and(Filters.eq("_id", "case-00004"), Filters.eq("status", "CLOSED")),
                Filters.and(Filters.eq("_id", "case-00004"), Filters.eq("status", "OPEN")),
                Filters.and(Filters.in("_id", "case-00009", "case-00003", "case-00006", "missing", "case-00003"),
                        Filters.ne("status", "WITHDRAWN")),
                Filters.and(Filters.in("_id", "missing", "also-missing"), Filters.exists("status")),
                Filters.and(Filters.eq("_id", 7), Filters.eq("status", "OPEN")),
                Filters.and(Filters.eq("_id", 7L), Filters.eq("status", "OPEN")));
        List<List<Document>> answers = new ArrayList<>();
        for (Bson query : queries) {
            answers.add(cases.find(query).sort(Sorts.descending("number")).limit(2).into(new ArrayList<>()));
            answers.add(cases.find(query).into(new ArrayList<>()));
        }
        // one page of a sorted query, ties (by status) in the order the collection holds them
        answers.add(cases.find().sort(Sorts.ascending("status")).skip(3).limit(4).into(new ArrayList<>()));
        answers.add(cases.find(Filters.ne("status", "OPEN")).sort(Sorts.orderBy(Sorts.descending("status"), Sorts.ascending("number")))
                .limit(5).into(new ArrayList<>()));
        answers.add(cases.find(Filters.exists("number")).sort(Sorts.descending("number")).skip(28).limit(10).into(new ArrayList<>()));
        answers.add(cases.find().sort(Sorts.ascending("summary")).limit(1).into(new ArrayList<>()));
        // ids of two types, compared across them
        answers.add(cases.find().sort(Sorts.descending("_id")).limit(3).into(new ArrayList<>()));
        answers.add(cases.find().sort(Sorts.ascending("_id")).limit(3).into(new ArrayList<>()));
        // sorted by a path into each document, then by a list's values
        answers.add(cases.find().sort(Sorts.orderBy(Sorts.descending("due.day"), Sorts.ascending("tags"))).limit(7)
                .into(new ArrayList<>()));
        answersToIndexedSorts(cases, answers);
        cases.updateMany(Filters.and(Filters.in("_id", "case-00001", "case-00002"), Filters.eq("status", "CLOSED")),
                Updates.set("status", "REOPENED"));
        cases.deleteOne(Filters.and(Filters.eq("_id", "case-00005"), Filters.eq("status", "WITHDRAWN")));
        cases.deleteMany(Filters.and(Filters.eq("_id", "case-00008"), Filters.eq("status", "WITHDRAWN")));
        // as the projections write (a whole document, inserted if new), and a field removed or changed as it is found
        cases.replaceOne(Filters.eq("_id", "case-00010"), aCase(10).append("status", "AAA"));
        cases.replaceOne(Filters.eq("_id", "case-00099"), aCase(99), new ReplaceOptions().upsert(true));
        cases.findOneAndUpdate(Filters.eq("_id", "case-00011"), Updates.unset("status"));
        cases.findOneAndUpdate(Filters.eq("_id", "case-00012"), Updates.set("number", -1));
        // as Spring Data asks at every start
        cases.createIndex(MOST_URGENT_FIRST);
        cases.insertOne(aCase(98));
        answers.add(cases.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
        answersToIndexedSorts(cases, answers);
        return answers;
    }

    /** Pages of sorts that an index's order gives, that a sparse index's would miss documents of, and that differ from an index's in a direction. */
    private static void answersToIndexedSorts(MongoCollection<Document> cases, List<List<Document>> answers) {
        for (Bson sort : List.of(Sorts.ascending("status"), MOST_URGENT_FIRST, Sorts.ascending("tags"), Sorts.descending("number"),
                Sorts.orderBy(Sorts.ascending("status"), Sorts.ascending("number")), Sorts.ascending("number"))) {
            answers.add(cases.find().sort(sort).limit(6).into(new ArrayList<>()));
            answers.add(cases.find().sort(sort).skip(20).limit(50).into(new ArrayList<>()));
        }
    }

    /** As the tracker's: a value many documents share, then one that tells them apart, the first in the other direction. */
    private static final Bson MOST_URGENT_FIRST = Sorts.orderBy(Sorts.descending("status"), Sorts.descending("number"));

    private static Document aCase(int number) {
        return new Document("_id", String.format("case-%05d", number)).append("number", number)
                .append("status", List.of("OPEN", "CLOSED", "WITHDRAWN").get(number % 3))
                .append("due", new Document("day", number % 4))
                .append("tags", List.of(number % 5, 10 - number % 7))
                .append("summary", "The review meeting was cancelled twice and nobody said why ".repeat(3));
    }

    /** The reads from the store's file while {@code work} ran, on the store freshly opened: its cache empty. */
    private long fileReadsOf(Consumer<MongoCollection<Document>> work) {
        return run(ReadModelStore::inFile, work);
    }

    /** Runs {@code work} on the collection of cases of the store {@code backend} opens; the reads from its file while it ran. */
    private long run(Function<String, H2Backend> backend, Consumer<MongoCollection<Document>> work) {
        return runOnClient(backend, client -> work.accept(casesOf(client)));
    }

    private static MongoCollection<Document> casesOf(MongoClient client) {
        return client.getDatabase(EmbeddedStorageConfiguration.READ_MODEL_DATABASE).getCollection(CASES_COLLECTION);
    }

    private long runOnClient(Function<String, H2Backend> backend, Consumer<MongoClient> work) {
        long[] reads = {0};
        onStore(backend, (readsSoFar, client) -> {
            long before = readsSoFar.getAsLong();
            work.accept(client);
            reads[0] = readsSoFar.getAsLong() - before;
        });
        return reads[0];
    }

    /** Runs {@code work} with a client of the store {@code backend} opens, and the reads from its file so far. */
    private void onStore(Function<String, H2Backend> backend, BiConsumer<LongSupplier, MongoClient> work) {
        H2Backend store = backend.apply(dir.resolve("readmodels.mv").toString());
        MongoServer server = new MongoServer(store);
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(server.bindAndGetConnectionString())).build())) {
            work.accept(() -> fileReads(store), client);
        } finally {
            server.shutdownNow();
        }
    }

    private static long fileReads(H2Backend store) {
        FileStore<?> file = store.getMvStore().getFileStore();
        return file == null ? 0 : file.getReadCount();
    }
}
