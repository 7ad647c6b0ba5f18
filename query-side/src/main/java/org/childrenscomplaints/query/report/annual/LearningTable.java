package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.api.complaint.ComplaintView;
import org.childrenscomplaints.api.complaint.ComplaintView.LearningActionView;
import org.childrenscomplaints.api.report.AnnualReport.LearningEntry;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * The annual report's learning table, kept by year as complaints' learning changes, so a report
 * reads its year's shares rather than every complaint. Setting a complaint's entries to what they
 * are after an event gives the same table however often the event is delivered.
 */
@Component
class LearningTable {

    private final MongoTemplate mongo;
    private final YearRevisions revisions;

    LearningTable(MongoTemplate mongo, YearRevisions revisions) {
        this.mongo = mongo;
        this.revisions = revisions;
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
        revisions.renewAtTheBatchsEnd(year);
    }

    /** What the year's complaints taught, by reference; what was learnt and done, never who was involved. */
    List<LearningEntry> of(int year) {
        return mongo.find(Query.query(Criteria.where("_id").in(YearShares.all(year))), YearLearning.class).stream()
                .filter(share -> share.entries() != null)
                .flatMap(share -> share.entries().values().stream())
                .sorted(Comparator.comparing(complaintEntries -> complaintEntries.get(0).reference()))
                .flatMap(List::stream)
                .toList();
    }

    private static List<LearningEntry> entriesOf(ComplaintView complaint) {
        return complaint.learning().stream().map(learning -> new LearningEntry(complaint.reference(), learning.category(),
                learning.summary(), learning.actions().stream().map(LearningActionView::description).toList(),
                learning.actions().stream().allMatch(action -> action.completedOn() != null))).toList();
    }
}
