package org.childrenscomplaints.query.report.annual;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
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
 * again for every report took longer than the report may (docs/benchmarks.md, fifteenth round),
 * while learning is recorded a few times a day. Every change writes a new {@link LearningRevision}
 * after the entries it changed, and a report reads the revision before the entries, so entries kept
 * under a revision hold every change whose revision was written before they were read; a later one
 * comes with a new revision. Where several app instances answer reports, each keeps its own.
 */
@Component
class LearningTable {

    /** Entries kept across the years whose reports were read: a few hundred bytes each, some tens of megabytes at most. */
    private static final long ENTRIES_KEPT = 50_000;

    /** A year's entries as read under a revision (null before any change was recorded). */
    private record YearRead(String revision, List<LearningEntry> entries) {
    }

    private final MongoTemplate mongo;
    private final Cache<Integer, YearRead> read = Caffeine.newBuilder()
            .maximumWeight(ENTRIES_KEPT)
            .weigher((Integer year, YearRead yearRead) -> yearRead.entries().size())
            .build();

    LearningTable(MongoTemplate mongo) {
        this.mongo = mongo;
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
        changed();
    }

    /** What the year's complaints taught, by reference; what was learnt and done, never who was involved. */
    List<LearningEntry> of(int year) {
        String revision = revision();
        YearRead kept = read.getIfPresent(year);
        if (kept != null && Objects.equals(kept.revision(), revision)) {
            return kept.entries();
        }
        List<LearningEntry> entries = mongo.find(Query.query(Criteria.where("_id").in(YearShares.all(year))), YearLearning.class).stream()
                .filter(share -> share.entries() != null)
                .flatMap(share -> share.entries().values().stream())
                .sorted(Comparator.comparing(complaintEntries -> complaintEntries.get(0).reference()))
                .flatMap(List::stream)
                .toList();
        read.put(year, new YearRead(revision, entries));
        return entries;
    }

    void clear() {
        ReadModelReset.empty(mongo, YearLearning.class);
        changed();
    }

    private void changed() {
        mongo.upsert(Query.query(Criteria.where("_id").is(LearningRevision.ID)),
                Update.update("revision", UUID.randomUUID().toString()), LearningRevision.class);
    }

    private String revision() {
        LearningRevision revision = mongo.findById(LearningRevision.ID, LearningRevision.class);
        return revision == null ? null : revision.revision();
    }

    private static List<LearningEntry> entriesOf(ComplaintView complaint) {
        return complaint.learning().stream().map(learning -> new LearningEntry(complaint.reference(), learning.category(),
                learning.summary(), learning.actions().stream().map(LearningActionView::description).toList(),
                learning.actions().stream().allMatch(action -> action.completedOn() != null))).toList();
    }
}
