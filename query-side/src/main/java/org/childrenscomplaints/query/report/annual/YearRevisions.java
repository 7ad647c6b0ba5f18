package org.childrenscomplaints.query.report.annual;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.childrenscomplaints.query.BatchedDocuments;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Marks of what a year's report is assembled from, so an app instance can keep a report and tell
 * when it must assemble it again ({@link AnnualReportQueryHandler}). Each year's figures and
 * learning table have a revision, written anew after every write to what a report reads of them
 * (dropping the figures' guards changes nothing a report reads); a reset writes a revision of its
 * own, after it has emptied them. A revision is a fresh random value each time,
 * never a count, so a read model emptied for a replay and built again never comes back to a
 * revision an instance kept a report under. A collection of its own, which a reset leaves in place.
 * <p>
 * Whoever writes a year's figures or learning renews its revision once they are written; a report
 * reads the revisions before anything else. So a report read under a revision holds at least every
 * change whose renewal came before that revision was read, and a later change brings a revision no
 * instance has kept a report under.
 */
@Component
class YearRevisions {

    static final String COLLECTION = "annual_report_revisions";
    private static final String RESET = "reset";

    /** What a report of {@code year} is assembled from: its figures and learning, the counts of the year before, since the last reset. */
    record OfAReport(String reset, String ofTheYear, String ofTheYearBefore) {
    }

    /** Years whose learning a batch has changed, renewed once, when the batch is written. */
    private static final class LearningChanged {
        final Set<Integer> years = new TreeSet<>();
    }

    private final MongoTemplate mongo;
    private final BatchedDocuments batches;

    YearRevisions(MongoTemplate mongo, BatchedDocuments batches) {
        this.mongo = mongo;
        this.batches = batches;
    }

    /** The years' figures or learning have been written: renews their revisions. */
    void renew(Collection<Integer> years) {
        renewAll(years.stream().map(String::valueOf).toList());
    }

    /**
     * The year's learning was written: its revision is renewed when the batch's gathered changes
     * are written, after its handlers have run (once however many of the year's entries it
     * wrote), or at once outside a batch.
     */
    void renewAtTheBatchsEnd(int year) {
        batches.gather(LearningChanged.class, LearningChanged::new, changed -> changed.years.add(year),
                changed -> renew(changed.years), changed -> { });
    }

    /** The report's figures and learning were emptied for a replay, or some of them, should it have stopped part-way. */
    void renewAfterReset() {
        renewAll(List.of(RESET));
    }

    /** The revisions a report of {@code year} is assembled under, read before anything else it reads (null where none was written yet). */
    OfAReport ofAReport(int year) {
        String yearId = String.valueOf(year);
        String yearBeforeId = String.valueOf(year - 1);
        Map<Object, String> revisions = new HashMap<>();
        revisions().find(Filters.in("_id", RESET, yearId, yearBeforeId))
                .forEach(revision -> revisions.put(revision.get("_id"), revision.getString("revision")));
        return new OfAReport(revisions.get(RESET), revisions.get(yearId), revisions.get(yearBeforeId));
    }

    private void renewAll(List<String> ids) {
        if (!ids.isEmpty()) {
            revisions().bulkWrite(ids.stream().map(id -> new ReplaceOneModel<>(Filters.eq("_id", id),
                    new Document("_id", id).append("revision", UUID.randomUUID().toString()),
                    new ReplaceOptions().upsert(true))).toList());
        }
    }

    private MongoCollection<Document> revisions() {
        return mongo.getCollection(COLLECTION);
    }
}
