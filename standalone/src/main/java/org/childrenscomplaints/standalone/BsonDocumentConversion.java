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
 * included. One-way: a build from before cannot read the file afterwards.
 * <p>
 * H2 stores nothing here but at the commits below (no commit by time or by memory), so each step is
 * on disk whole or not at all: a collection is copied, its copy marked complete, then swapped in
 * with its mark in one commit. Opened again after a crash, a complete copy is swapped in, a partial
 * one copied again, and a collection already marked is left alone.
 */
final class BsonDocumentConversion {

    private static final Logger LOG = LoggerFactory.getLogger(BsonDocumentConversion.class);

    /**
     * The marks: each converted collection's map by name, a copy when complete, and {@link #ALL} once
     * every collection is converted. Its name, like the copies', starts with a character no MongoDB
     * database name can hold, so dropping a database never takes it.
     */
    static final String FORMAT_MAP = "$read-models.document-format";
    static final String COPY_PREFIX = "$read-models.converting.";
    private static final String ALL = "*";
    private static final String BSON = "bson";
    private static final String COMPLETE = "complete";
    /** Unsaved changes held before a commit while a collection is copied. */
    private static final int UNSAVED_MEGABYTES = 16;

    private BsonDocumentConversion() {
    }

    static void convert(String fileName) {
        MVStore store = new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0).open();
        try {
            MVMap<String, String> format = store.openMap(FORMAT_MAP);
            if (!BSON.equals(format.get(ALL))) {
                finishInterrupted(store, format);
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
            store.close();
        } catch (RuntimeException | Error e) {
            // close() would commit whatever this got to; running out of memory on a large collection included
            store.closeImmediately();
            throw e;
        }
    }

    private static void finishInterrupted(MVStore store, MVMap<String, String> format) {
        for (String copyName : store.getMapNames().stream().filter(name -> name.startsWith(COPY_PREFIX)).toList()) {
            if (COMPLETE.equals(format.get(copyName))) {
                swapIn(store, format, copyName.substring(COPY_PREFIX.length()), copyName);
            } else {
                store.removeMap(copyName);
                store.commit();
            }
        }
    }

    private static void convertCollection(MVStore store, MVMap<String, String> format, String name) {
        String copyName = COPY_PREFIX + name;
        MVMap<Object, Object> javaSerialized = store.openMap(name);
        MVMap<Object, Document> copy = store.openMap(copyName, ReadModelStore.documentsMap());
        for (Map.Entry<Object, Object> document : javaSerialized.entrySet()) {
            copy.put(document.getKey(), (Document) document.getValue());
            if (store.getUnsavedMemory() > UNSAVED_MEGABYTES * 1024 * 1024) {
                store.commit();
            }
        }
        format.put(copyName, COMPLETE);
        store.commit();
        swapIn(store, format, name, copyName);
        LOG.info("Converted {}: {} documents", name, copy.size());
    }

    private static void swapIn(MVStore store, MVMap<String, String> format, String name, String copyName) {
        if (store.hasMap(name)) {
            store.removeMap(name);
        }
        store.renameMap(store.openMap(copyName, ReadModelStore.documentsMap()), name);
        format.put(name, BSON);
        format.remove(copyName);
        store.commit();
    }
}
