package org.childrenscomplaints.query.report.annual;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Map;

/**
 * One share of a reporting year's counts ({@link YearShares}). {@code applied} holds, per contact of
 * this share counted lately, the sequence number of its last event counted here: the same document
 * update adds the counts and records that, which makes counting an event twice (redelivered after a
 * crash) impossible without transactions. Once the contact's own document records the event, the
 * guard is dropped ({@link YearFiguresStore}).
 */
@Document("annual_report_years")
record YearFigures(@Id String id, int year, Map<String, Integer> counts, Map<String, Long> applied) {
}
