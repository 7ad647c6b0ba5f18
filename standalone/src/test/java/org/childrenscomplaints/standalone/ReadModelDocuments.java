package org.childrenscomplaints.standalone;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every read model's documents, collection by collection in id order: what two pictures of the
 * read models compare. An empty collection counts as none (a rebuild's reset leaves one behind).
 */
final class ReadModelDocuments {

    /**
     * The processors' positions, the command side's idempotency keys and the notifier's outbox and state
     * are kept there too, but are not read models (a rebuild leaves the notifications alone).
     */
    private static final Set<String> NOT_READ_MODELS = Set.of("trackingtokens", "idempotency_keys",
            "notification_outbox", "notification_cases", "notification_state");

    private ReadModelDocuments() {
    }

    static Map<String, List<String>> of(MongoDatabase database) {
        Map<String, List<String>> documents = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            if (NOT_READ_MODELS.contains(collection)) {
                continue;
            }
            List<String> json = new ArrayList<>();
            database.getCollection(collection).find().sort(Sorts.ascending("_id")).map(Document::toJson).forEach(json::add);
            if (!json.isEmpty()) {
                documents.put(collection, json);
            }
        }
        return documents;
    }
}
