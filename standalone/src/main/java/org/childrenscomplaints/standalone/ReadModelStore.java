package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStore.TxCounter;
import org.h2.mvstore.type.DataType;

import java.util.List;
import java.util.function.Supplier;

/**
 * mongo-java-server's H2 backend, with seven changes for the read models of a whole service's history.
 * <ul>
 *     <li>The store is committed only between the requests that change it ({@link RequestBoundaryCommits}),
 *     so a crash leaves every document with its indexes.</li>
 *     <li>Every request holds on to the version of the store it reads until it has answered.
 *     Without that, H2 may drop a chunk that a long scan still needs while it writes and compacts
 *     concurrently, and the scan fails with "Chunk ... not found" (seen at 100,000 complaints: the
 *     annual report's scan while the store compacted after a rebuild). An H2 maintainer gives
 *     registering the version's use as the remedy for an MVStore used on its own (h2database issue
 *     4383; users found the same in 4218); mongo-java-server does not, so it is done here, around each request
 *     the wire protocol hands the backend (every command of a current driver is a message).</li>
 *     <li>Documents are stored as BSON ({@link BsonDocumentType}), not with Java serialization;
 *     files written before are converted once when opened ({@link BsonDocumentConversion}).</li>
 *     <li>So are the keys of unique indexes ({@link IndexKeyType}); an index kept before is made again
 *     from the documents when the store opens.</li>
 *     <li>A query that names its documents by id reads only those, and a page of a sorted query keeps
 *     only a page while it reads ({@link ReadModelCollection}).</li>
 *     <li>A non-unique index of a document's own fields is kept in its sort's order from the first time
 *     a page of that sort walks it ({@link SortedIndex}); mongo-java-server ignores them.</li>
 *     <li>A find that asks for no batch size is answered in batches ({@link #inBatches}).</li>
 * </ul>
 */
public class ReadModelStore extends H2Backend {

    /** mongo-java-server's name for the map holding a collection's documents: this, then the namespace. */
    static final String DOCUMENTS_MAP_PREFIX = "databases.";
    private static final String KEPT_BY_AN_EARLIER_RELEASE = "._index_";

    /** 1,000 documents stay under the driver's 48 MB unless they average 48 KB each. */
    static final int BATCH_SIZE = 1_000;

    private final RequestBoundaryCommits commits;

    /**
     * On a store that is new or converted already, with H2's own commits off (as {@link #inFile}
     * opens it): tests give it stores set up as they need.
     */
    ReadModelStore(MVStore store) {
        // checked before mongo-java-server opens the databases, which may make their indexes again
        super(RequestBoundaryCommits.withItsOwnCommitsOff(store));
        commits = new RequestBoundaryCommits(store);
    }

    public static ReadModelStore inFile(String fileName) {
        BsonDocumentConversion.convert(fileName);
        return new ReadModelStore(new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open());
    }

    /**
     * Once a database has opened, every index it made again from its documents is complete, and the maps
     * an earlier release kept for them can go. Until then they stay: an index whose making failed (a
     * document breaking its uniqueness, say) is made again at the next open, never trusted half-made,
     * even if H2 commits meanwhile (mongo-java-server logs a database that fails to open, and goes on).
     */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        MongoDatabase database = new BsonDatabase(databaseName);
        getMvStore().getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".") && name.contains(KEPT_BY_AN_EARLIER_RELEASE))
                .forEach(getMvStore()::removeMap);
        return database;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return onOneVersion(() -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return onOneVersion(() -> super.handleQuery(query));
    }

    /** Every command, whichever wire protocol it came by (a query on {@code $cmd} included). */
    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document batched = inBatches(command, query);
        return commits.run(command, batched, () -> super.handleCommand(channel, databaseName, command, batched));
    }

    /**
     * A find, or the next batch of one, that names no batch size is given {@link #BATCH_SIZE}. MongoDB
     * proper answers a query in batches of at most 16 MB; mongo-java-server answers with every match at
     * once unless asked for batches, and the driver refuses a reply over 48 MB: at 1,000,000 complaints
     * every open clock came to 52 MB, and the tracker's full list and its dashboards' stream failed
     * (docs/benchmarks.md, thirteenth round). A batched answer leaves a cursor holding the rest of the
     * matches until it is read to the end or closed, which mongo-java-server never times out: the
     * driver closes it when a caller closes its iterator, as Spring Data's reads all do.
     */
    static Document inBatches(String command, Document query) {
        boolean batchesAsked = query.get("batchSize") instanceof Number size && size.intValue() > 0;
        if ((command.equalsIgnoreCase("find") || command.equalsIgnoreCase("getMore")) && !batchesAsked) {
            query.put("batchSize", BATCH_SIZE);
        }
        return query;
    }

    /** Closed at shutdown, or by H2 after a failure to write the store (the read models then stop). */
    boolean isClosed() {
        return getMvStore().isClosed();
    }

    /** Commits what the last requests changed, H2's commits being off. */
    @Override
    public void close() {
        commits.close();
        commits.betweenRequests(super::close);
    }

    private <T> T onOneVersion(Supplier<T> request) {
        TxCounter inUse = getMvStore().registerVersionUsage();
        try {
            return request.get();
        } finally {
            getMvStore().deregisterVersionUsage(inUse);
        }
    }

    /** Under the database's name, as mongo-java-server's own, so that dropping the database drops it. */
    static String indexMapName(String namespace, String indexName) {
        return namespace + "._keys_" + indexName;
    }

    /** mongo-java-server's name for an index's map, which releases before {@link IndexKeyType} kept. */
    static String indexMapNameKeptByAnEarlierRelease(String namespace, String indexName) {
        return namespace + KEPT_BY_AN_EARLIER_RELEASE + indexName;
    }

    static MVMap.Builder<Object, Document> documentsMap() {
        return new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE);
    }

    /**
     * mongo-java-server's H2 database with its collections' documents in BSON. Inner, because H2's
     * database opens its collections from its constructor, before a field of its own would be set.
     */
    private final class BsonDatabase extends H2Database {

        BsonDatabase(String databaseName) {
            super(databaseName, getMvStore(), getCursorRegistry());
        }

        /** As mongo-java-server opens a collection (same map names), but with the documents' type and its own queries. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = getMvStore().openMap(DOCUMENTS_MAP_PREFIX + namespace, documentsMap());
            MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
            return new ReadModelCollection(this, collectionName, options, documents, meta, cursorRegistry);
        }

        /**
         * With its keys in {@link IndexKeyType}, in a map of its own name. A map under mongo-java-server's
         * name (keys Java-serialized) means an earlier release kept the index, maybe after this one had,
         * or that making it again did not finish: this release's map is emptied, and mongo-java-server
         * fills it from the documents, as it does any index made for a collection that has some. The
         * earlier release's map goes once the whole database has opened ({@link ReadModelStore#openOrCreateDatabase}).
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            String namespace = getFullCollectionNamespace(collectionName);
            if (getMvStore().hasMap(indexMapNameKeptByAnEarlierRelease(namespace, indexName))) {
                getMvStore().removeMap(indexMapName(namespace, indexName));
            }
            return new ReadModelIndex(getMvStore().openMap(indexMapName(namespace, indexName), ReadModelIndex.map()),
                    indexName, keys, sparse);
        }

        /**
         * A sorted index ({@link SortedIndex}) where a sort can walk it, in a map named as a unique index's.
         * mongo-java-server ignores the others (an index of a path into each document, or of only some).
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            if (!SortedIndex.canKeep(keys, sparse)) {
                return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
            }
            String namespace = getFullCollectionNamespace(collectionName);
            DataType<Object> positions = getMvStore().openMap(DOCUMENTS_MAP_PREFIX + namespace, documentsMap()).getKeyType();
            return new SortedIndex(getMvStore().openMap(indexMapName(namespace, indexName), SortedIndex.map(keys, positions)),
                    indexName, keys);
        }

        /** mongo-java-server's removes only the map of its own name. */
        @Override
        protected void dropIndex(MongoCollection<Object> collection, String indexName) {
            super.dropIndex(collection, indexName);
            getMvStore().removeMap(indexMapName(getFullCollectionNamespace(collection.getCollectionName()), indexName));
        }
    }
}
