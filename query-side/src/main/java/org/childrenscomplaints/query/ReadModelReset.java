package org.childrenscomplaints.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.List;

/**
 * Empties read models for a replay, a thousand documents at a time. The embedded MongoDB reads
 * every document it deletes, and held all of a collection's at once when told to delete them all:
 * at 100,000 complaints the annual report's alone filled the 1 GB heap when an upgrade rebuilt it.
 */
public final class ReadModelReset {

    static final int BATCH = 1_000;

    private ReadModelReset() {
    }

    /** Removes every document of each type's collection; its indexes stay. */
    public static void empty(MongoTemplate mongo, Class<?>... types) {
        for (Class<?> type : types) {
            String collection = mongo.getCollectionName(type);
            List<Object> ids;
            do {
                Query next = new Query().limit(BATCH);
                next.fields().include("_id");
                ids = mongo.find(next, Document.class, collection).stream().map(document -> document.get("_id")).toList();
                if (!ids.isEmpty()) {
                    mongo.remove(Query.query(Criteria.where("_id").in(ids)), collection);
                }
            } while (!ids.isEmpty());
        }
    }
}
