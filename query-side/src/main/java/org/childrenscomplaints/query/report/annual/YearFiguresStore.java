package org.childrenscomplaints.query.report.annual;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.childrenscomplaints.query.BatchedDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds contacts' counts to the years' figures, each event's once, and sums a year's figures back up.
 * In a processor's batch the changes are gathered and each share touched is written with one
 * update for the whole batch, guarded for every contact in it; only after a crash, when some of
 * the batch was counted before, does a share fall back to one guarded update per event.
 * <p>
 * A guard is needed only until its contact's own document records the event: from then on the
 * projection skips the event before counting anything. So where one app instance alone writes the
 * read models (the embedded default), once a batch's documents are written its guards go, and a
 * share holds only the guards of a batch in hand (and a few a failed one left) rather than one for
 * every contact of its year: a report reads the same few small documents however large its year.
 * Where several instances share the work (the services), guards are kept: an instance that stalls
 * mid-batch past its claim on the segment can still write once it wakes, after another has counted
 * on, and only the guard then stops it counting again.
 */
@Component
class YearFiguresStore {

    /** One event's change to one year's counts. */
    private record Change(int year, String shareId, String contactId, long sequence, Map<String, Integer> counts) {
    }

    /** A batch's changes, by share in the order first touched. */
    private static final class Changes {
        final Map<String, List<Change>> byShare = new LinkedHashMap<>();
    }

    private final MongoTemplate mongo;
    private final BatchedDocuments batches;
    private final YearRevisions revisions;
    private final boolean guardsDroppedOnceStored;

    /** @param singleInstance {@code complaints.read-models.single-instance}: no other app instance writes the read models */
    YearFiguresStore(MongoTemplate mongo, BatchedDocuments batches, YearRevisions revisions,
                     @Value("${complaints.read-models.single-instance:false}") boolean singleInstance) {
        this.mongo = mongo;
        this.batches = batches;
        this.revisions = revisions;
        this.guardsDroppedOnceStored = singleInstance;
    }

    /** Adds {@code change} to the year, unless this contact's event {@code sequence} was already counted there. */
    void add(int year, String contactId, long sequence, Map<String, Integer> change) {
        String shareId = YearShares.of(year, contactId);
        batches.gather(Changes.class, Changes::new, changes -> changes.byShare
                .computeIfAbsent(shareId, share -> new ArrayList<>())
                .add(new Change(year, shareId, contactId, sequence, change)), this::write, this::dropGuards);
    }

    private void write(Changes changes) {
        BulkOperations shares = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, YearFigures.class);
        changes.byShare.forEach((shareId, shareChanges) -> shares.upsert(Query.query(Criteria.where("_id").is(shareId)),
                new Update().setOnInsert("year", shareChanges.get(0).year())));
        shares.execute();
        changes.byShare.values().forEach(shareChanges -> {
            if (shareChanges.size() == 1 || !addedTogether(shareChanges)) {
                shareChanges.forEach(this::addOnce);
            }
        });
        // whether or not any update matched: a try that failed may have counted without renewing,
        // and its redelivery, refused by the guards, is what renews
        revisions.renew(changes.byShare.values().stream().map(shareChanges -> shareChanges.get(0).year()).distinct().toList());
    }

    /**
     * The batch's guards, once its contacts' documents are written: a guard at or below the last event
     * the batch counted for its contact there (which the contact's document now records) is one the
     * projection no longer reaches. A guard above it stays: an earlier try of the batch counted
     * further before it failed, and the batch came again shorter. One update per share for all its
     * contacts, one per contact only where some guard stays.
     */
    private void dropGuards(Changes changes) {
        if (!guardsDroppedOnceStored) {
            return;
        }
        changes.byShare.forEach((shareId, shareChanges) -> {
            Map<String, Long> lastCounted = new LinkedHashMap<>();
            shareChanges.forEach(change -> lastCounted.merge(change.contactId(), change.sequence(), Math::max));
            if (lastCounted.size() == 1 || !guardsDropped(shareId, lastCounted)) {
                lastCounted.forEach((contactId, sequence) -> guardsDropped(shareId, Map.of(contactId, sequence)));
            }
        });
    }

    private boolean guardsDropped(String shareId, Map<String, Long> lastCounted) {
        Document unset = new Document();
        lastCounted.keySet().forEach(contactId -> unset.put("applied." + contactId, ""));
        Document noneBeyond = new Document("_id", shareId).append("$and", lastCounted.entrySet().stream()
                .map(last -> new Document("applied." + last.getKey(), new Document("$lte", last.getValue()))).toList());
        return shares().updateOne(noneBeyond, new Document("$unset", unset)).getMatchedCount() == 1;
    }

    /** The share's changes in one update, made only if none of its contacts' events in it was counted before. */
    private boolean addedTogether(List<Change> shareChanges) {
        Map<String, Long> firstSequence = new HashMap<>();
        Document applied = new Document();
        // in the order the batch's events first touched each count, as one event at a time would add them
        Map<String, Integer> sums = new LinkedHashMap<>();
        for (Change change : shareChanges) {
            firstSequence.merge(change.contactId(), change.sequence(), Math::min);
            applied.put("applied." + change.contactId(), change.sequence());
            change.counts().forEach((key, n) -> sums.merge(key, n, Integer::sum));
        }
        Document noneCountedYet = new Document("_id", shareChanges.get(0).shareId()).append("$and",
                firstSequence.entrySet().stream().map(first -> notCounted(first.getKey(), first.getValue())).toList());
        return updated(noneCountedYet, applied, sums);
    }

    private void addOnce(Change change) {
        Document notYetCounted = new Document("_id", change.shareId())
                .append("$and", List.of(notCounted(change.contactId(), change.sequence())));
        updated(notYetCounted, new Document("applied." + change.contactId(), change.sequence()), change.counts());
    }

    /**
     * Sets the guards and adds the counts, if the share matches {@code filter}. Sent to the driver as
     * documents: Spring Data's mapping looked up every "applied.(contact)" path in the record, which
     * was a tenth of the annual report's work in a rebuild (docs/benchmarks.md).
     */
    private boolean updated(Document filter, Document guards, Map<String, Integer> counts) {
        Document update = new Document("$set", guards);
        if (!counts.isEmpty()) {
            Document added = new Document();
            counts.forEach((key, n) -> added.put("counts." + key, n));
            update.append("$inc", added);
        }
        return shares().updateOne(filter, update).getMatchedCount() == 1;
    }

    private MongoCollection<Document> shares() {
        return mongo.getCollection(mongo.getCollectionName(YearFigures.class));
    }

    private static Document notCounted(String contactId, long sequence) {
        String applied = "applied." + contactId;
        return new Document("$or", List.of(new Document(applied, new Document("$exists", false)),
                new Document(applied, new Document("$lt", sequence))));
    }

    /** The year's counts by key (zero counts left out). */
    Map<String, Integer> countsOf(int year) {
        Query shares = Query.query(Criteria.where("_id").in(YearShares.all(year)));
        shares.fields().exclude("applied");
        Map<String, Integer> counts = new HashMap<>();
        mongo.find(shares, YearFigures.class).forEach(share -> {
            if (share.counts() != null) {
                share.counts().forEach((key, n) -> counts.merge(key, n, Integer::sum));
            }
        });
        counts.values().removeIf(n -> n == 0);
        return counts;
    }
}
