package org.childrenscomplaints.query.report.annual;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.childrenscomplaints.query.BatchedDocuments;
import org.childrenscomplaints.query.ReadModelReset;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The annual report's learning table, kept by year as complaints' learning changes, so a report
 * reads its year's shares rather than every complaint. Setting a complaint's entries to what they
 * are after an event gives the same table however often the event is delivered.
 * <p>
 * A year's table, once read, is kept in memory until the table changes: at national scale a year
 * holds tens of thousands of entries (5.6 MB of JSON for 20,000), and reading them out of MongoDB
 * for every report took longer than a report may (docs/benchmarks.md, fifteenth round), while
 * learning is recorded a few times a day. A batch that changes the table writes a new
 * {@link LearningRevision} once its entries are written, and a report reads the revision before
 * the entries. So a report holds every change whose revision was written before it began; a
 * change whose revision comes later brings a revision no instance has kept entries under. Each
 * app instance keeps its own.
 */
@Component
class LearningTable {

    /** What a year's entries may take in memory together, roughly, in bytes: a few years at national scale. */
    private static final int BYTES_KEPT = 32 * 1024 * 1024;
    /** An entry's objects besides its text: the record, its list, and each string's header. */
    private static final int BYTES_PER_ENTRY = 200;
    private static final int BYTES_PER_ACTION = 48;

    /** A year's entries as read under a revision (null before any change was recorded). */
    private record YearRead(String revision, List<LearningEntry> entries) {
    }

    /** Marks a batch that changed the table, so its revision is written once, after the batch's entries. */
    private static final class RevisionDue {
    }

    private final MongoTemplate mongo;
    private final BatchedDocuments batches;
    private final Cache<Integer, YearRead> yearsRead = Caffeine.newBuilder()
            .maximumWeight(BYTES_KEPT)
            .weigher((Integer year, YearRead read) -> Math.max(1, read.entries().stream().mapToInt(LearningTable::bytesOf).sum()))
            .build();

    LearningTable(MongoTemplate mongo, BatchedDocuments batches) {
        this.mongo = mongo;
        this.batches = batches;
    }

    /** Keeps the table as {@code after} has it, if its learning changed since {@code before} (null for a new complaint). */
    void update(int year, String complaintId, ComplaintView before, ComplaintView after) {
        List<LearningEntry> entries = entriesOf(after);
        if (entries.equals(before == null ? List.of() : entriesOf(before))) {
            return;
        }
        String field = "entries." + complaintId;
        mongo.upsert(Query.query(Criteria.where("_id").is(YearShares.of(year, complaintId))),
                entries.isEmpty() ? new Update().unset(field) : new Update().set(field, entries), YearLearning.class);
        // written at the batch's end, so after this entry (outside a batch: at once, after it all the same)
        batches.gather(RevisionDue.class, RevisionDue::new, due -> { }, due -> writeNewRevision(), due -> { });
    }

    /** What the year's complaints taught, by reference; what was learnt and done, never who was involved. */
    List<LearningEntry> of(int year) {
        // the revision first: entries read after it hold at least every change it stands for
        String revision = revision();
        YearRead kept = yearsRead.getIfPresent(year);
        if (kept != null && Objects.equals(kept.revision(), revision)) {
            return kept.entries();
        }
        List<LearningEntry> entries = mongo.find(Query.query(Criteria.where("_id").in(YearShares.all(year))), YearLearning.class).stream()
                .filter(share -> share.entries() != null)
                .flatMap(share -> share.entries().values().stream())
                .sorted(Comparator.comparing(complaintEntries -> complaintEntries.get(0).reference()))
                .flatMap(List::stream)
                .toList();
        yearsRead.put(year, new YearRead(revision, entries));
        return entries;
    }

    void clear() {
        try {
            ReadModelReset.empty(mongo, YearLearning.class);
        } finally {
            // a reset that stopped part-way has still removed entries some instance may keep
            writeNewRevision();
        }
    }

    private void writeNewRevision() {
        mongo.upsert(Query.query(Criteria.where("_id").is(LearningRevision.ID)),
                Update.update("revision", UUID.randomUUID().toString()), LearningRevision.class);
    }

    private String revision() {
        LearningRevision revision = mongo.findById(LearningRevision.ID, LearningRevision.class);
        return revision == null ? null : revision.revision();
    }

    private static int bytesOf(LearningEntry entry) {
        int bytes = BYTES_PER_ENTRY + lengthOf(entry.reference()) + lengthOf(entry.category()) + lengthOf(entry.summary());
        for (String action : entry.actions()) {
            bytes += BYTES_PER_ACTION + lengthOf(action);
        }
        return bytes;
    }

    private static int lengthOf(String text) {
        return text == null ? 0 : text.length();
    }

    private static List<LearningEntry> entriesOf(ComplaintView complaint) {
        return complaint.learning().stream().map(learning -> new LearningEntry(complaint.reference(), learning.category(),
                learning.summary(), learning.actions().stream().map(LearningActionView::description).toList(),
                learning.actions().stream().allMatch(action -> action.completedOn() != null))).toList();
    }
}
