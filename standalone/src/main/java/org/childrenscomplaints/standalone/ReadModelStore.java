package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStore.TxCounter;

import java.util.function.Supplier;

/**
 * mongo-java-server's H2 backend, with every request holding on to the version of the store it
 * reads until it has answered. Without that, H2 may drop a chunk that a long scan still needs
 * while it writes and compacts concurrently, and the scan fails with "Chunk ... not found" (seen
 * at 100,000 complaints: the annual report's scan while the store compacted after a rebuild). H2's
 * maintainers give registering the version's use as the remedy for an MVStore used on its own
 * (h2database issues 4218 and 4383); mongo-java-server does not do it, so it is done here, around
 * each request the wire protocol hands the backend (every command of a current driver is a message).
 */
public class ReadModelStore extends H2Backend {

    private final MVStore store;

    ReadModelStore(MVStore store) {
        super(store);
        this.store = store;
    }

    public static ReadModelStore inFile(String fileName) {
        return new ReadModelStore(new MVStore.Builder().fileName(fileName).open());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return onOneVersion(() -> super.handleMessage(message));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return onOneVersion(() -> super.handleQuery(query));
    }

    private <T> T onOneVersion(Supplier<T> request) {
        TxCounter inUse = store.registerVersionUsage();
        try {
            return request.get();
        } finally {
            store.deregisterVersionUsage(inUse);
        }
    }
}
