package org.childrenscomplaints.standalone;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Converts a read-model file written before documents were stored as BSON (mongo-java-server's
 * default: Java serialization) so that nothing in it is lost, idempotency keys and tracking tokens
 * included. Each collection is copied into a map of its own, then swapped in with its mark in one
 * commit; a file interrupted half-way carries on from where it stopped the next time it is opened.
 */
final class BsonDocumentConversion {

    private static final Logger LOG = LoggerFactory.getLogger(BsonDocumentConversion.class);

    /** What is stored as BSON: each converted collection's map by name, and {@link #ALL} once every one is. */
    private static final String FORMAT_MAP = "complaints.document-format";
    private static final String ALL = "*";
    private static final String BSON = "bson";
    private static final String COPY_PREFIX = "complaints.converting.";
    private static final int DOCUMENTS_PER_COMMIT = 10_000;

    private BsonDocumentConversion() {
    }

    static void convert(String fileName) {
        // committed only where said: each swap below is stored whole or not at all
        try (MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().open()) {
            MVMap<String, String> format = store.openMap(FORMAT_MAP);
            if (BSON.equals(format.get(ALL))) {
                return;
            }
            List<String> collections = store.getMapNames().stream()
                    .filter(name -> name.startsWith(ReadModelStore.DOCUMENTS_MAP_PREFIX))
                    .filter(name -> !BSON.equals(format.get(name)))
                    .toList();
            if (!collections.isEmpty()) {
                LOG.info("Converting the read models' {} collections in {} to BSON, once", collections.size(), fileName);
            }
            collections.forEach(name -> convertCollection(store, format, name));
            format.put(ALL, BSON);
            store.commit();
        }
    }

    private static void convertCollection(MVStore store, MVMap<String, String> format, String name) {
        String copyName = COPY_PREFIX + name;
        if (store.hasMap(copyName)) {
            store.removeMap(copyName);
        }
        MVMap<Object, Object> javaSerialized = store.openMap(name);
        MVMap<Object, Document> copy = store.openMap(copyName, ReadModelStore.documentsMap());
        int copied = 0;
        for (Map.Entry<Object, Object> document : javaSerialized.entrySet()) {
            copy.put(document.getKey(), (Document) document.getValue());
            if (++copied % DOCUMENTS_PER_COMMIT == 0) {
                store.commit();
            }
        }
        store.removeMap(javaSerialized);
        store.renameMap(copy, name);
        format.put(name, BSON);
        store.commit();
        LOG.info("Converted {}: {} documents", name, copied);
    }
}
