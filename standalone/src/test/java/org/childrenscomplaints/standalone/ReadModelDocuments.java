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
 * Each document's fields are listed by name: the embedded MongoDB keeps a document's fields in
 * the order they were first written, which depends on how the writes happened to be grouped (a
 * clock inserted and allocated in one batch of a rebuild, or inserted live and allocated later)
 * and, for a map such as the annual report's counts, on the order live events arrived in (the
 * event store can commit concurrent commands out of order). Nothing reads that order. Values,
 * which fields exist, and the order of every list are compared as stored, but for the annual
 * report's guards ({@code applied} in its year shares): they stand for deliveries in hand, go once
 * a batch's contacts are stored, and are left behind where a batch failed or was killed part-way,
 * which no rebuild repeats; they are not what the report says. {@code YearFiguresInBatchesTest}
 * checks them.
 */
final class ReadModelDocuments {

    /**
     * The processors' positions, the command side's idempotency keys and the notifier's outbox and state
     * are kept there too, but are not read models (a rebuild leaves the notifications alone); nor are
     * the annual report's revisions, random values written anew at every change and reset, so app
     * instances know a report they keep is out of date (ADR 0011).
     */
    private static final Set<String> NOT_READ_MODELS = Set.of("trackingtokens", "idempotency_keys",
            "notification_outbox", "notification_cases", "notification_state", "annual_report_revisions");

    /** Fields by collection that are a projection's delivery bookkeeping, not its read model. */
    private static final Map<String, String> BOOKKEEPING = Map.of("annual_report_years", "applied");

    private ReadModelDocuments() {
    }

    static Map<String, List<String>> of(MongoDatabase database) {
        Map<String, List<String>> documents = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            if (NOT_READ_MODELS.contains(collection)) {
                continue;
            }
            List<String> json = new ArrayList<>();
            String bookkeeping = BOOKKEEPING.get(collection);
            database.getCollection(collection).find().sort(Sorts.ascending("_id"))
                    .map(document -> {
                        if (bookkeeping != null) {
                            document.remove(bookkeeping);
                        }
                        return ((Document) fieldsByName(document)).toJson();
                    }).forEach(json::add);
            if (!json.isEmpty()) {
                documents.put(collection, json);
            }
        }
        return documents;
    }

    private static Object fieldsByName(Object value) {
        if (value instanceof Document document) {
            Document byName = new Document();
            new TreeMap<>(document).forEach((name, field) -> byName.append(name, fieldsByName(field)));
            return byName;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReadModelDocuments::fieldsByName).toList();
        }
        return value;
    }
}
