package org.childrenscomplaints.query.report.annual;

import org.childrenscomplaints.api.complaint.ComplaintView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A contact as the annual report last counted it: the counts it has added to each year, so the
 * next event can take back what no longer holds (a pending complaint answered, a reclassified one
 * moved to its new procedure). A complaint keeps its view, which the next event changes; comments
 * and compliments never change what they count.
 */
@Document("annual_report_contacts")
record ReportedContact(@Id String id, long lastEventSequence, int year, ComplaintView complaint, List<Count> counts) {

    record Count(int year, String key, int count) {
    }

    static ReportedContact of(String id, long sequence, int year, ComplaintView complaint, Map<YearCount, Integer> counts) {
        return new ReportedContact(id, sequence, year, complaint,
                counts.entrySet().stream()
                        .map(count -> new Count(count.getKey().year(), count.getKey().key(), count.getValue()))
                        .toList());
    }

    Map<YearCount, Integer> countsByYear() {
        Map<YearCount, Integer> byYear = new HashMap<>();
        counts.forEach(count -> byYear.put(new YearCount(count.year(), count.key()), count.count()));
        return byYear;
    }
}
