package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.query.BatchedDocuments;
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

    YearFiguresStore(MongoTemplate mongo, BatchedDocuments batches) {
        this.mongo = mongo;
        this.batches = batches;
    }

    /** Adds {@code change} to the year, unless this contact's event {@code sequence} was already counted there. */
    void add(int year, String contactId, long sequence, Map<String, Integer> change) {
        String shareId = YearShares.of(year, contactId);
        batches.gather(Changes.class, Changes::new, changes -> changes.byShare
                .computeIfAbsent(shareId, share -> new ArrayList<>())
                .add(new Change(year, shareId, contactId, sequence, change)), this::write);
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
    }

    /** The share's changes in one update, made only if none of its contacts' events in it was counted before. */
    private boolean addedTogether(List<Change> shareChanges) {
        Map<String, Long> firstSequence = new HashMap<>();
        Update update = new Update();
        // in the order the batch's events first touched each count, as one event at a time would add them
        Map<String, Integer> sums = new LinkedHashMap<>();
        for (Change change : shareChanges) {
            firstSequence.merge(change.contactId(), change.sequence(), Math::min);
            update.set("applied." + change.contactId(), change.sequence());
            change.counts().forEach((key, n) -> sums.merge(key, n, Integer::sum));
        }
        sums.forEach((key, n) -> update.inc("counts." + key, n));
        Criteria noneCountedYet = Criteria.where("_id").is(shareChanges.get(0).shareId()).andOperator(
                firstSequence.entrySet().stream().map(first -> notCounted(first.getKey(), first.getValue()))
                        .toArray(Criteria[]::new));
        return mongo.updateFirst(Query.query(noneCountedYet), update, YearFigures.class).getMatchedCount() == 1;
    }

    private void addOnce(Change change) {
        Query notYetCounted = Query.query(Criteria.where("_id").is(change.shareId())
                .andOperator(notCounted(change.contactId(), change.sequence())));
        Update update = new Update().set("applied." + change.contactId(), change.sequence());
        change.counts().forEach((key, n) -> update.inc("counts." + key, n));
        mongo.updateFirst(notYetCounted, update, YearFigures.class);
    }

    private static Criteria notCounted(String contactId, long sequence) {
        String applied = "applied." + contactId;
        return new Criteria().orOperator(Criteria.where(applied).exists(false), Criteria.where(applied).lt(sequence));
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
