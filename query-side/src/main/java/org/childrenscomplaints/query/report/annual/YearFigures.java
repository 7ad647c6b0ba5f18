package org.childrenscomplaints.query.report.annual;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Map;

/**
 * One share of a reporting year's counts. A year's counts are split over {@link YearFiguresStore#SHARES}
 * documents by contact, so each stays small however many contacts the year has and a report reads a
 * fixed number of documents. {@code applied} holds, per contact of this share, the sequence number of
 * its last event counted here: the same document update adds the counts and records that, which
 * makes counting an event twice (redelivered after a crash) impossible without transactions.
 */
@Document("annual_report_years")
record YearFigures(@Id String id, @Indexed int year, Map<String, Integer> counts, Map<String, Long> applied) {
}
