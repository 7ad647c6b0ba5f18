package org.childrenscomplaints.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Empties read models for a replay, a thousand documents at a time. The embedded MongoDB reads
 * every document it deletes, and held all of a collection's at once when told to delete them all:
 * at 100,000 complaints the annual report's alone filled the 1 GB heap when an upgrade rebuilt it.
 * Through the driver itself, so each id is deleted as it was read (Spring would turn an id that
 * looks like an ObjectId into one, and that document would never go).
 */
public final class ReadModelReset {

    static final int BATCH = 1_000;

    private ReadModelReset() {
    }

    /** Removes every document of each type's collection; its indexes stay. */
    public static void empty(MongoTemplate mongo, Class<?>... types) {
        for (Class<?> type : types) {
            MongoCollection<Document> collection = mongo.getCollection(mongo.getCollectionName(type));
            List<Object> ids;
            do {
                ids = collection.find().projection(Projections.include("_id")).limit(BATCH)
                        .map(document -> document.get("_id")).into(new ArrayList<>());
                if (!ids.isEmpty() && collection.deleteMany(Filters.in("_id", ids)).getDeletedCount() == 0) {
                    throw new IllegalStateException("The read model " + collection.getNamespace()
                            + " could not be emptied: documents it lists cannot be deleted by their ids");
                }
            } while (!ids.isEmpty());
        }
    }
}
